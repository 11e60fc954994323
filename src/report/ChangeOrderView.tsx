/**
 * The printable change order: what the later revision changes against the earlier one, in the form
 * procurement acts on: both revisions named and dated, items added, removed and changed, verdicts
 * that changed, findings, the BOM delta (before, after, difference) and the cost delta when priced.
 */
import type { DesignDiff } from '../domain/diff/diffDesigns.ts';
import { diffRows, type DiffCategory } from '../domain/diff/diffRows.ts';
import type { Design } from '../domain/model/design.ts';
import { formatMoney } from '../panels/bom/formatMoney.ts';
import { analysisOf } from '../store/useAnalysis.ts';
import { DiffRowsTable } from './DiffRowsTable.tsx';
import { PrintPreview } from './PrintPreview.tsx';
import { ReportSection } from './ReportSections.tsx';

export interface EarlierRevision {
  readonly design: Design;
  readonly fileName: string;
  /** When the file was last saved, as the browser reports it. */
  readonly savedAt: Date;
}

/** One line on what changed: counts of items, verdicts and BOM figures. */
export function changeSummary(diff: DesignDiff): string {
  const bomFigures = diff.bom.reduce((n, l) => n + l.figures.length, 0);
  return (
    `${diff.nodes.added.length + diff.links.added.length} added, ${diff.nodes.removed.length + diff.links.removed.length} removed, ` +
    `${diff.nodes.changed.length + diff.links.changed.length} changed; ${diff.verdicts.length} verdict(s) changed; ${bomFigures} BOM figure(s) changed.`
  );
}

const isCost = (item: string) => item === 'cost' || item.startsWith('cost:') || item.startsWith('cost.');

export function ChangeOrderView({ before, after, diff, onClose }: { before: EarlierRevision; after: Design; diff: DesignDiff; onClose: () => void }) {
  const rows = diffRows(diff);
  const of = (...categories: DiffCategory[]) => rows.filter((r) => categories.includes(r.category));
  const bom = of('bom').filter((r) => !isCost(r.item));
  const cost = of('bom').filter((r) => isCost(r.item));
  const costBefore = analysisOf(before.design).bom.cost;
  const costAfter = analysisOf(after).bom.cost;
  const day = (d: Date) => d.toLocaleDateString('en-CA');
  return (
    <PrintPreview name="Change order" onClose={onClose}>
      <header className="report-keep mb-4 border-b-2 border-slate-800 pb-3">
        <p className="text-[11px] font-semibold tracking-wider text-slate-500 uppercase">Fabric Designer · change order</p>
        <h1 className="mt-1 text-xl font-bold">
          {before.design.name} → {after.name}
        </h1>
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-slate-600">
          <dt className="font-semibold">Before</dt>
          <dd>
            {before.design.name} · file {before.fileName} · saved {day(before.savedAt)}
          </dd>
          <dt className="font-semibold">After</dt>
          <dd>
            {after.name} · the open design · printed {day(new Date())}
          </dd>
        </dl>
      </header>
      <ReportSection title="Summary">
        <p>{rows.length === 0 ? 'No differences.' : changeSummary(diff)}</p>
      </ReportSection>
      {of('design', 'node', 'link').length > 0 && (
        <ReportSection title="Nodes and link groups">
          <DiffRowsTable label="Nodes and link groups" rows={of('design', 'node', 'link')} />
        </ReportSection>
      )}
      {of('verdict', 'finding').length > 0 && (
        <ReportSection title="Verdicts and findings">
          <DiffRowsTable label="Verdicts and findings" rows={of('verdict', 'finding')} />
        </ReportSection>
      )}
      {bom.length > 0 && (
        <ReportSection title="Bill of materials delta">
          <DiffRowsTable label="Bill of materials delta" rows={bom} showCategory={false} />
        </ReportSection>
      )}
      {(costBefore || costAfter) && (
        <ReportSection title="Cost delta">
          <p aria-label="Cost totals" className="mb-2 font-semibold tabular-nums">
            Total before {costBefore ? formatMoney(costBefore.total) : 'not priced'} · after {costAfter ? formatMoney(costAfter.total) : 'not priced'} · difference{' '}
            {formatMoney((costAfter?.total ?? 0) - (costBefore?.total ?? 0))}
          </p>
          {cost.length > 0 && <DiffRowsTable label="Cost delta" rows={cost} showCategory={false} />}
        </ReportSection>
      )}
    </PrintPreview>
  );
}
