/**
 * The right-hand panel. Pinned: the design's verdict, its totals and its findings, so they stay in
 * view while editing; below them, scrolling: the inspector and the bill of materials.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useDesignStore } from '../store/designStoreContext.ts';
import { useAnalysis } from '../store/useAnalysis.ts';
import { plural, unpublishedPowerNote } from '../ui/format.ts';
import { BomTables, bomRowsOf } from './BomTables.tsx';
import { FindingsList, findingRowsOf } from './FindingsList.tsx';
import { Inspector } from './inspector/Inspector.tsx';
import { TotalsTable, totalsOf } from './TotalsTable.tsx';

/** The panel's box: the page keeps it while the panel's first render is still to come (App.tsx), so the canvas beside it never changes size. */
export const SIDE_PANEL_BOX = 'w-[400px] shrink-0 border-l border-slate-200 bg-white';

export function SidePanel() {
  const name = useDesignStore((s) => s.design?.name);
  const selection = useDesignStore((s) => s.selection);
  const analysis = useAnalysis();
  // what each section shows, as rows: a section re-renders only when its rows changed
  const rows = useMemo(() => analysis && { totals: totalsOf(analysis), findings: findingRowsOf(analysis.findings), bom: bomRowsOf(analysis.bom) }, [analysis]);
  const scroller = useRef<HTMLDivElement>(null);
  // whether the user has scrolled down, noted as they scroll: scrolling (or reading the position)
  // in the effect below would lay out the whole page in the middle of every edit's commit
  const scrolledDown = useRef(false);
  // a newly inspected item starts at its top, where its verdict and fixes are
  useEffect(() => {
    if (!scrolledDown.current) return;
    scrolledDown.current = false;
    scroller.current?.scrollTo({ top: 0 });
  }, [selection]);
  if (!analysis || !rows) return null;
  const { errors, warnings } = analysis.summary;
  const verdict = errors ? 'text-red-700' : warnings ? 'text-amber-700' : 'text-emerald-700';
  return (
    <aside aria-label="Design summary" className={`flex flex-col ${SIDE_PANEL_BOX}`}>
      <div className="shrink-0 shadow-[0_1px_0_0_rgb(226_232_240)]">
        <div className="flex items-baseline justify-between gap-2 px-4 pt-2.5 pb-2">
          <h1 className="line-clamp-2 min-w-0 text-[15px] leading-tight font-semibold break-words text-slate-900" title={name}>
            {name}
          </h1>
          <p className={`shrink-0 text-xs font-medium ${verdict}`}>{errors || warnings ? `${plural(errors, 'error')}, ${plural(warnings, 'warning')}` : 'All link groups pass'}</p>
        </div>
        <TotalsTable rows={rows.totals} note={unpublishedPowerNote(analysis.bom.powerW)} />
        <FindingsList rows={rows.findings} />
      </div>
      <div ref={scroller} className="min-h-0 flex-1 overflow-y-auto bg-white" onScroll={(e) => (scrolledDown.current = e.currentTarget.scrollTop > 0)}>
        <Inspector />
        <BomTables rows={rows.bom} />
      </div>
    </aside>
  );
}
