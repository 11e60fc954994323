/** A short table of labelled figures (power, fiber totals): a row header, then the figure. */
export function FigureTable({ label, rows, className = '' }: { label: string; rows: readonly (readonly [label: string, value: string])[]; className?: string }) {
  return (
    <table aria-label={label} className={`text-[13px] ${className}`}>
      <tbody>
        {rows.map(([rowLabel, value]) => (
          <tr key={rowLabel}>
            <th scope="row" className="pr-4 text-left font-normal text-slate-600">
              {rowLabel}
            </th>
            <td className="text-right font-semibold tabular-nums">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
