/** The design's headline numbers, straight from the engine's summary and bill of materials. */
import type { Analysis } from '../domain/engine/analyzeDesign.ts';
import { formatCount, formatWatts } from '../ui/format.ts';
import { PanelSection } from './PanelSection.tsx';

export function totalsOf(analysis: Analysis): readonly (readonly [label: string, value: string])[] {
  const { summary, bom } = analysis;
  return [
    ['GPUs', formatCount(summary.gpus)],
    ['Servers', formatCount(summary.servers)],
    ['Switches', formatCount(summary.switches)],
    ['Link groups', formatCount(summary.linkGroups)],
    ['Links', formatCount(summary.links)],
    ['Cables', formatCount(summary.cables)],
    ['Transceiver modules', formatCount(bom.modules.reduce((sum, m) => sum + m.count, 0))],
    ['Fiber pairs', formatCount(bom.fiber.pairs)],
    ['Module power', formatWatts(bom.powerW.modules)],
  ];
}

export function TotalsTable({ analysis }: { analysis: Analysis }) {
  return (
    <PanelSection title="Totals">
      <table aria-label="Totals" className="w-full text-[13px]">
        <tbody>
          {totalsOf(analysis).map(([label, value]) => (
            <tr key={label} className="border-b border-slate-100 last:border-0">
              <th scope="row" className="py-1 text-left font-normal text-slate-600">
                {label}
              </th>
              <td className="py-1 text-right font-medium text-slate-900 tabular-nums">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PanelSection>
  );
}
