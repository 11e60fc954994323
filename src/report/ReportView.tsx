/** The printable report: title block, summary, overview, totals, BOM, link schedule, findings, commissioning, capacity between buildings and halls. */
import { CURRENT_VERSION } from '../domain/format/designSchema.ts';
import type { Design } from '../domain/model/design.ts';
import { BomView } from '../panels/bom/BomView.tsx';
import { analysisOf } from '../store/useAnalysis.ts';
import { ReportFindings, ReportTotals, ReportSection } from './ReportSections.tsx';
import { ReportCapacity } from './ReportCapacity.tsx';
import { CommissioningSheet } from './CommissioningSheet.tsx';
import { OverviewPicture } from './OverviewPicture.tsx';
import { PrintPreview } from './PrintPreview.tsx';
import { ReportLinkSchedule } from './ReportLinkSchedule.tsx';
import { overviewOf } from './overview.ts';
import { reportSummary } from './reportSummary.ts';

export function ReportView({ design, onClose }: { design: Design; onClose: () => void }) {
  const analysis = analysisOf(design);
  return (
    <PrintPreview name="Report" onClose={onClose}>
      <header className="report-keep mb-4 border-b-2 border-slate-800 pb-3">
        <p className="text-[11px] font-semibold tracking-wider text-slate-500 uppercase">Fabric Designer · bill of materials report</p>
        <h1 className="mt-1 text-xl font-bold">{design.name}</h1>
        <p className="mt-1 text-slate-600">
          Date {new Date().toLocaleDateString('en-CA')} · File format version {CURRENT_VERSION}
        </p>
      </header>
      <ReportSection title="Summary">
        <p className="leading-relaxed">{reportSummary(analysis)}</p>
      </ReportSection>
      <ReportSection title="Overview">
        <OverviewPicture overview={overviewOf(design, analysis)} />
      </ReportSection>
      <ReportSection title="Totals">
        <ReportTotals analysis={analysis} />
      </ReportSection>
      <ReportSection title="Bill of materials">
        <BomView design={design} analysis={analysis} />
      </ReportSection>
      <ReportSection title="Link schedule">
        <ReportLinkSchedule design={design} analysis={analysis} />
      </ReportSection>
      <ReportSection title="Findings">
        <ReportFindings analysis={analysis} />
      </ReportSection>
      <ReportSection title="Commissioning sheet">
        <CommissioningSheet design={design} analysis={analysis} />
      </ReportSection>
      <ReportSection title="Capacity between buildings and halls">
        <ReportCapacity design={design} analysis={analysis} />
      </ReportSection>
    </PrintPreview>
  );
}
