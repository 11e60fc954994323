/** Prices are in whatever currency the user entered them: two decimals, grouped, no symbol. */
const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatMoney(amount: number): string {
  return money.format(amount);
}

/** A line's extended price, rounded to cents as the engine rounds its cost lines. */
export function extended(unitPrice: number, count: number): number {
  return Math.round(unitPrice * count * 100) / 100;
}
