/** Why a cable is as long as it is: each term of the length model, adding up to the length ordered. */
import type { LinkVerdict } from '../../domain/engine/linkVerdict.ts';
import { PanelSection } from '../PanelSection.tsx';
import { breakdownRows, formatMetres, PATH_LABEL } from './lengthBreakdown.ts';

const cell = 'py-0.5 text-right tabular-nums';

export function LengthBreakdown({ verdict, slackPercent }: { verdict: LinkVerdict; slackPercent: number }) {
  const lengths = [...verdict.cablesByLengthM].sort(([x], [y]) => y - x);
  return (
    <PanelSection level={3} title="Length" aside={PATH_LABEL[verdict.path]}>
      <table aria-label="Length breakdown" className="w-full text-[12.5px]">
        <tbody>
          {breakdownRows(verdict.terms, slackPercent).map((row, i) => (
            <tr key={i}>
              <th scope="row" className="py-0.5 text-left font-normal text-slate-600">
                {i > 0 && <span aria-hidden="true" className="mr-1 text-slate-400">+</span>}
                {row.label}
              </th>
              <td className={`${cell} text-slate-800`}>{formatMetres(row.lengthM)}</td>
            </tr>
          ))}
          <tr className="border-t border-slate-200">
            <th scope="row" className="pt-1 text-left font-medium text-slate-800">
              <span aria-hidden="true" className="mr-1 text-slate-400">=</span>
              Cable length
            </th>
            <td className={`${cell} pt-1 font-semibold text-slate-900`}>{formatMetres(verdict.lengthM)}</td>
          </tr>
        </tbody>
      </table>
      {lengths.length > 1 && (
        <p className="mt-1 text-[11px] text-slate-500">
          Longest cable shown; the group orders {lengths.map(([m, n]) => `${n} × ${formatMetres(m)}`).join(', ')}.
        </p>
      )}
    </PanelSection>
  );
}
