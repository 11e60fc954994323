/** One BOM table: a named table with a header row (repeated on every printed page) and optional footer. */
import type { ReactNode } from 'react';

export interface Column<T> {
  readonly header: string;
  readonly cell: (row: T) => ReactNode;
  readonly numeric?: boolean;
  /** The column naming the item: kept wide enough that long model names do not wrap word by word. */
  readonly wide?: boolean;
}

const cellClass = (numeric?: boolean) => `px-2 py-1 align-top ${numeric ? 'text-right tabular-nums' : 'text-left'}`;

export function BomTable<T>({ label, columns, rows, rowKey, foot }: {
  label: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  foot?: ReactNode;
}) {
  return (
    <table aria-label={label} className="bom-table mb-4 w-full border-collapse text-[13px]">
      <thead className="border-b-2 border-slate-300 bg-slate-50 text-xs text-slate-600">
        <tr>
          {columns.map((c) => (
            <th key={c.header} scope="col" className={`${cellClass(c.numeric)} font-semibold ${c.wide ? 'min-w-44' : ''}`}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={columns.length} className="px-2 py-1 text-slate-500">
              None
            </td>
          </tr>
        )}
        {rows.map((row) => (
          <tr key={rowKey(row)} className="border-b border-slate-100">
            {columns.map((c) => (
              <td key={c.header} className={`${cellClass(c.numeric)} ${c.numeric ? 'whitespace-nowrap' : ''}`}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {foot && <tfoot className="border-t-2 border-slate-300 font-semibold">{foot}</tfoot>}
    </table>
  );
}

export function BomHeading({ children }: { children: ReactNode }) {
  return <h3 className="mt-2 mb-1 text-xs font-semibold tracking-wider text-slate-500 uppercase">{children}</h3>;
}

/** A footer row: a label spanning the first columns, then one value per remaining column. */
export function TotalRow({ label, span, values }: { label: string; span: number; values: readonly ReactNode[] }) {
  return (
    <tr>
      <th scope="row" colSpan={span} className="px-2 py-1 text-left">
        {label}
      </th>
      {values.map((v, i) => (
        <td key={i} className={`${cellClass(true)} whitespace-nowrap`}>
          {v}
        </td>
      ))}
    </tr>
  );
}
