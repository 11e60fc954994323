/** Rows of a design diff as a table: on screen in *Compare with a file…* and on the printed change order. */
import type { DiffRow } from '../domain/diff/diffRows.ts';

const cell = 'border-b border-slate-100 px-2 py-1 align-top';

/** A signed difference: `+16`, `-4`, `+1,024`. */
export function formatDifference(difference: number | null): string {
  return difference === null ? '' : `${difference > 0 ? '+' : ''}${difference.toLocaleString('en-US')}`;
}

export function DiffRowsTable({ label, rows, showCategory = true }: { label: string; rows: readonly DiffRow[]; showCategory?: boolean }) {
  const headers = [...(showCategory ? ['What'] : []), 'Change', 'Item', 'Field', 'Before', 'After', 'Difference'];
  return (
    <table aria-label={label} className="bom-table mb-4 w-full border-collapse text-xs">
      <caption className="mb-1 text-left text-sm font-semibold">{label}</caption>
      <thead>
        <tr className="text-left text-slate-500">
          {headers.map((h) => (
            <th key={h} scope="col" className={cell}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {showCategory && <td className={cell}>{r.category}</td>}
            <td className={cell}>{r.change}</td>
            <td className={cell}>{r.item}</td>
            <td className={cell}>{r.field}</td>
            <td className={`${cell} break-all`}>{r.before}</td>
            <td className={`${cell} break-all`}>{r.after}</td>
            <td className={`${cell} text-right tabular-nums`}>{formatDifference(r.difference)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
