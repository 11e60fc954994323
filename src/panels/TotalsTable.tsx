/** The design's headline numbers, straight from the engine's summary and bill of materials, always in view. */
import { memo } from 'react';
import type { Analysis } from '../domain/engine/analyzeDesign.ts';
import { formatCount, formatModulePowerFloor } from '../ui/format.ts';
import { sameRows } from './sameRows.ts';

export type TotalsRow = readonly [label: string, value: string];

export function totalsOf(analysis: Analysis): readonly TotalsRow[] {
  const { summary, bom } = analysis;
  return [
    ['GPUs', formatCount(summary.gpus)],
    ['Servers', formatCount(summary.servers)],
    ...(summary.appliances > 0 ? [['Appliances', formatCount(summary.appliances)] as const] : []),
    ['Switches', formatCount(summary.switches)],
    ['Link groups', formatCount(summary.linkGroups)],
    ['Links', formatCount(summary.links)],
    ['Cables', formatCount(summary.cables)],
    ['Transceiver modules', formatCount(bom.modules.reduce((sum, m) => sum + m.count, 0))],
    ['Fiber pairs', formatCount(bom.fiber.pairs)],
    ['Module power', formatModulePowerFloor(bom.powerW)],
  ];
}

/**
 * A 3 × 3 grid of figures; still a table (row header + cell) for screen readers and tests.
 * Re-rendered only when a figure or the note changed.
 */
export const TotalsTable = memo(function TotalsTable({ rows, note }: { rows: readonly TotalsRow[]; note: string | null }) {
  return (
    <>
      <table aria-label="Totals" className="block w-full px-3 pb-2">
        <tbody className="grid grid-cols-3 gap-1">
          {rows.map(([label, value]) => (
            <tr key={label} className="flex min-w-0 flex-col-reverse rounded bg-slate-50 px-2 py-px ring-1 ring-slate-200/70">
              <th scope="row" className="truncate text-left text-[10.5px] leading-tight font-normal text-slate-500">
                {label}
              </th>
              <td className="text-[13px] leading-snug font-semibold text-slate-900 tabular-nums">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {note && <p className="px-3 pb-2 text-[11px] text-slate-500">Module power: {note}.</p>}
    </>
  );
}, (p, q) => p.note === q.note && sameRows(p.rows, q.rows));
