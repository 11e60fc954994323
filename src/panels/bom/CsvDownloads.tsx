/** The two CSV files: the BOM (instant) and the cable schedule (in a worker, with progress and cancel). */
import { bomCsv } from '../../domain/report/bomCsv.ts';
import type { Analysis } from '../../domain/engine/analyzeDesign.ts';
import { indexNodes } from '../../domain/engine/placement.ts';
import type { Design } from '../../domain/model/design.ts';
import { downloadText } from '../../io/downloadFile.ts';
import { csvFileName } from '../../io/fileNames.ts';
import { formatCount } from '../../ui/format.ts';
import { JobProgress } from '../../ui/JobProgress.tsx';
import { useCutsheetDownload } from './useCutsheetDownload.ts';

const button = 'rounded border border-slate-300 bg-white px-3 py-1 text-xs font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-50';

export function CsvDownloads({ design, analysis }: { design: Design; analysis: Analysis }) {
  const { job, start, cancel } = useCutsheetDownload();
  return (
    <div className="mb-4 flex flex-wrap items-center gap-2">
      <button type="button" className={button} onClick={() => downloadText(bomCsv(analysis.bom, indexNodes(design)), csvFileName(design.name, 'bom'), 'text/csv;charset=utf-8')}>
        Download BOM CSV
      </button>
      <button type="button" className={button} disabled={job.state === 'running'} onClick={() => start(design)}>
        Download cable schedule CSV
      </button>
      <JobProgress label="Cable schedule progress" job={job} onCancel={cancel} />
      <span role="status" className="text-xs text-slate-600">
        {job.state === 'finished' && `Cable schedule ready: ${formatCount(job.result.rows)} cables.`}
        {job.state === 'cancelled' && 'Cable schedule cancelled.'}
      </span>
      {job.state === 'failed' && (
        <span role="alert" className="text-xs text-red-700">
          Could not build the cable schedule: {job.message}
        </span>
      )}
    </div>
  );
}
