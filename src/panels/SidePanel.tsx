/** The right-hand panel: what the design is, its totals, what is wrong with it, and what to buy. */
import { useDesignStore } from '../store/designStoreContext.ts';
import { useAnalysis } from '../store/useAnalysis.ts';
import { plural } from '../ui/format.ts';
import { BomTables } from './BomTables.tsx';
import { FindingsList } from './FindingsList.tsx';
import { TotalsTable } from './TotalsTable.tsx';

export function SidePanel() {
  const name = useDesignStore((s) => s.design?.name);
  const analysis = useAnalysis();
  if (!analysis) return null;
  const { errors, warnings } = analysis.summary;
  const verdict = errors ? 'text-red-700' : warnings ? 'text-amber-700' : 'text-emerald-700';
  return (
    <aside aria-label="Design summary" className="flex w-[380px] shrink-0 flex-col overflow-y-auto border-l border-slate-200 bg-white">
      <div className="px-4 pt-3 pb-3">
        <div className="text-[11px] font-semibold tracking-wider text-slate-500 uppercase">Design</div>
        <h1 className="text-base leading-tight font-semibold text-slate-900">{name}</h1>
        <p className={`mt-1 text-xs font-medium ${verdict}`}>
          {errors || warnings ? `${plural(errors, 'error')}, ${plural(warnings, 'warning')}` : 'All link groups pass'}
        </p>
      </div>
      <TotalsTable analysis={analysis} />
      <FindingsList findings={analysis.findings} />
      <BomTables bom={analysis.bom} />
    </aside>
  );
}
