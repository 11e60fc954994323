/** A unit price as typed: empty clears it; otherwise a finite number from 0 up to the file format's limit. */
export const MAX_PRICE = 1e9;

export type PriceInput = { readonly ok: true; readonly price: number | null } | { readonly ok: false; readonly message: string };

export function parsePrice(text: string): PriceInput {
  const trimmed = text.trim().replace(/^\$/, '').replace(/[,\s_]/g, '');
  if (trimmed === '') return { ok: true, price: null };
  const price = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed) ? Number(trimmed) : NaN;
  if (!Number.isFinite(price)) return { ok: false, message: 'Enter a number, such as 1200 or 35.50' };
  if (price < 0) return { ok: false, message: 'A price cannot be negative' };
  if (price > MAX_PRICE) return { ok: false, message: 'Too large: the most is 1,000,000,000' };
  return { ok: true, price };
}
