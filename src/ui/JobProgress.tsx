/** A worker job's progress over the cables, with Cancel; shown only once the job has run a second. */
import { formatCount } from './format.ts';
import type { WorkerJob } from './useWorkerJob.ts';

const button = 'rounded border border-slate-300 bg-white px-3 py-1 text-xs font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-50';

export function JobProgress<R>({ label, job, onCancel }: { label: string; job: WorkerJob<R>; onCancel: () => void }) {
  if (job.state !== 'running' || !job.showProgress) return null;
  return (
    <span className="flex items-center gap-2 text-xs text-slate-600">
      <progress aria-label={label} max={job.total || 1} value={job.done} className="h-2 w-40" />
      {job.total ? `${formatCount(job.done)} of ${formatCount(job.total)} cables` : 'Starting…'}
      <button type="button" className={button} onClick={onCancel}>
        Cancel
      </button>
    </span>
  );
}
