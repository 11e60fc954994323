/** The CSV files: the BOM (instant), and the cable schedule and installer task sheets (in a worker, with progress and cancel). */
import { bomCsv } from '../../domain/report/bomCsv.ts';
import type { Analysis } from '../../domain/engine/analyzeDesign.ts';
import { indexNodes } from '../../domain/engine/placement.ts';
import type { Design } from '../../domain/model/design.ts';
import type { CutsheetSheet } from '../../domain/report/cutsheetCsv.ts';
import { downloadText } from '../../io/downloadFile.ts';
import { csvFileName } from '../../io/fileNames.ts';
import { formatCount } from '../../ui/format.ts';
import { JobProgress } from '../../ui/JobProgress.tsx';
import { useCutsheetDownload } from './useCutsheetDownload.ts';

const button = 'rounded border border-slate-300 bg-white px-3 py-1 text-xs font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-50';

/** Each sheet's name as the user reads it, its button, and what its rows are. */
const SHEETS: readonly { readonly sheet: CutsheetSheet; readonly title: string; readonly button: string; readonly rows: string; readonly hint: string }[] = [
  { sheet: 'schedule', title: 'Cable schedule', button: 'Download cable schedule CSV', rows: 'cables', hint: 'One row per cable path, device to device' },
  { sheet: 'cords', title: 'Patch cord sheet', button: 'Download patch cord sheet CSV', rows: 'cords', hint: 'Installer task sheet: one row per patch cord, by rack' },
  { sheet: 'trunks', title: 'Trunk sheet', button: 'Download trunk sheet CSV', rows: 'rows', hint: 'Installer task sheet: each trunk and the fibers each cable path takes on it, by pair of places' },
];

export function CsvDownloads({ design, analysis }: { design: Design; analysis: Analysis }) {
  const { job, sheet, start, cancel } = useCutsheetDownload();
  const current = SHEETS.find((s) => s.sheet === sheet)!;
  return (
    <div className="mb-4 flex flex-wrap items-center gap-2">
      <button type="button" className={button} onClick={() => downloadText(bomCsv(analysis.bom, indexNodes(design)), csvFileName(design.name, 'bom'), 'text/csv;charset=utf-8')}>
        Download BOM CSV
      </button>
      {SHEETS.map((s) => (
        <button key={s.sheet} type="button" className={button} title={s.hint} disabled={job.state === 'running'} onClick={() => start(design, s.sheet)}>
          {s.button}
        </button>
      ))}
      <JobProgress label={`${current.title} progress`} job={job} onCancel={cancel} />
      <span role="status" className="text-xs text-slate-600">
        {job.state === 'finished' && `${current.title} ready: ${formatCount(job.result.rows)} ${current.rows}.`}
        {job.state === 'cancelled' && `${current.title} cancelled.`}
      </span>
      {job.state === 'failed' && (
        <span role="alert" className="text-xs text-red-700">
          Could not build the {current.title.toLowerCase()}: {job.message}
        </span>
      )}
    </div>
  );
}
