/** The channel's loss line by line against the optic's budget, and its reach against the length. */
import type { LinkVerdict } from '../../domain/engine/linkVerdict.ts';
import { LOW_MARGIN_DB } from '../../domain/engine/opticFit.ts';
import { StatusIcon } from '../../ui/StatusIcon.tsx';
import { PanelSection } from '../PanelSection.tsx';
import { formatDb, lossBudgetOf } from './lossBudget.ts';
import { formatMetres } from './lengthBreakdown.ts';

const num = 'py-0.5 text-right tabular-nums';
const label = 'py-0.5 text-left font-normal text-slate-600';

export function LossBudgetTable({ verdict, opticName }: { verdict: LinkVerdict; opticName: string }) {
  const budget = lossBudgetOf(verdict);
  const fit = verdict.fit;
  const reachStatus = fit?.reachStatus === 'exceeded' ? 'error' : fit?.reachStatus === 'near' ? 'warning' : 'ok';
  const margin = budget?.marginDb ?? null;
  const marginStatus = margin === null ? null : margin < 0 ? 'error' : margin < LOW_MARGIN_DB ? 'warning' : 'ok';
  return (
    <PanelSection level={3} title="Reach and loss" aside={verdict.plant.fiber ?? 'cable assembly'}>
      {fit?.reachM != null && (
        <p className="mb-1.5 flex items-center gap-1.5 text-[12.5px] text-slate-800">
          <StatusIcon status={reachStatus} />
          <span>
            {formatMetres(verdict.lengthM)} of {opticName}&rsquo;s {formatMetres(fit.reachM)} reach ({Math.round((verdict.lengthM / fit.reachM) * 100)} %)
          </span>
        </p>
      )}
      {budget ? (
        <table aria-label="Loss budget" className="w-full text-[12.5px]">
          <tbody>
            {budget.lines.map((line) => (
              <tr key={line.label}>
                <th scope="row" className={label}>
                  {line.label} <span className="text-slate-400">{line.detail}</span>
                </th>
                <td className={`${num} text-slate-800`}>{formatDb(line.lossDb)}</td>
              </tr>
            ))}
            <tr className="border-t border-slate-200">
              <th scope="row" className={`${label} pt-1 font-medium text-slate-800`}>
                Channel loss
              </th>
              <td className={`${num} pt-1 font-medium text-slate-900`}>{formatDb(budget.totalDb)}</td>
            </tr>
            <tr>
              <th scope="row" className={label}>
                Budget of {opticName}
              </th>
              <td className={`${num} text-slate-800`}>{budget.budgetDb === null ? 'not published' : formatDb(budget.budgetDb)}</td>
            </tr>
            {margin !== null && marginStatus && (
              <tr>
                <th scope="row" className={`${label} font-medium text-slate-800`}>
                  Margin
                </th>
                <td className={`${num} font-semibold text-slate-900`}>
                  <span className="inline-flex items-center gap-1">
                    <StatusIcon status={marginStatus} />
                    {formatDb(margin)}
                  </span>
                </td>
              </tr>
            )}
          </tbody>
        </table>
      ) : (
        <p className="text-[12px] text-slate-500">
          {verdict.plant.fiber ? `No loss figure to check for this optic on ${verdict.plant.fiber}.` : 'No fiber loss to budget: this is a copper or active cable assembly.'}
        </p>
      )}
    </PanelSection>
  );
}
