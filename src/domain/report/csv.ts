/** RFC 4180 CSV with spreadsheet-formula injection neutralised (cells starting = + - @, or a tab or CR, are prefixed). */
export type Cell = string | number | null | undefined;

// Spreadsheets skip leading spaces and tabs before a formula, so " =1+1" is escaped too.
const FORMULA_START = /^[\t\r]|^[ \t]*[=+\-@]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
