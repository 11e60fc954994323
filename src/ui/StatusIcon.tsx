/** A verdict shown by shape and word as well as colour, so it survives colour blindness and greyscale print. */
import type { LinkStatus } from '../domain/engine/linkVerdict.ts';

export const STATUS_GLYPH: Record<LinkStatus, string> = { ok: '✓', warning: '⚠', error: '✕' };
export const STATUS_WORD: Record<LinkStatus, string> = { ok: 'OK', warning: 'Warning', error: 'Error' };
export const STATUS_TEXT_CLASS: Record<LinkStatus, string> = {
  ok: 'text-emerald-700',
  warning: 'text-amber-600',
  error: 'text-red-600',
};

export function StatusIcon({ status }: { status: LinkStatus }) {
  return (
    <span role="img" aria-label={STATUS_WORD[status]} className={`inline-block w-3.5 text-center font-semibold ${STATUS_TEXT_CLASS[status]}`}>
      {STATUS_GLYPH[status]}
    </span>
  );
}
