/** The printable report, previewed on screen as a full-page modal dialog; on paper only the report shows (report.css). */
import { createPortal } from 'react-dom';
import { CURRENT_VERSION } from '../domain/format/designSchema.ts';
import type { Design } from '../domain/model/design.ts';
import { BomView } from '../panels/bom/BomView.tsx';
import { analysisOf } from '../store/useAnalysis.ts';
import { useModalDialog } from '../ui/useModalDialog.ts';
import { ReportFindings, ReportCapacity, ReportTotals, ReportSection } from './ReportSections.tsx';
import { CommissioningSheet } from './CommissioningSheet.tsx';
import { OverviewPicture } from './OverviewPicture.tsx';
import { ReportLinkSchedule } from './ReportLinkSchedule.tsx';
import { overviewOf } from './overview.ts';
import { reportSummary } from './reportSummary.ts';
import './report.css';

const button = 'rounded border border-slate-300 bg-white px-3 py-1 text-xs font-medium text-slate-800 hover:bg-slate-50';

export function ReportView({ design, onClose }: { design: Design; onClose: () => void }) {
  const analysis = analysisOf(design);
  const ref = useModalDialog();
  // a child of <body>, so that report.css can leave everything else off the paper
  return createPortal(
    <dialog
      ref={ref}
      aria-label="Report preview"
      onClose={onClose}
      className="print-report fixed inset-0 m-0 size-full max-h-none max-w-none overflow-auto bg-slate-300 p-0 text-[12px] text-slate-900 backdrop:bg-transparent"
    >
      <div role="toolbar" aria-label="Report" className="report-toolbar sticky top-0 z-10 flex items-center gap-2 border-b border-slate-300 bg-white px-4 py-2">
        <span className="mr-auto text-sm font-semibold">Report preview</span>
        <button type="button" className={button} onClick={() => window.print()}>
          Print
        </button>
        <button type="button" className={button} onClick={onClose}>
          Close
        </button>
      </div>
      <article aria-label="Report" className="report-page mx-auto my-6 max-w-[210mm] bg-white p-10 shadow-lg">
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
        <ReportSection title="Inter-building capacity">
          <ReportCapacity design={design} analysis={analysis} />
        </ReportSection>
      </article>
    </dialog>,
    document.body,
  );
}
