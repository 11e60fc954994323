/**
 * *Compare with a file…*: the open design against another revision (the file is "before", the open
 * design "after"): items added, removed and changed, verdicts, findings and the BOM delta, and the
 * change order printed, or as CSV or JSON.
 */
import { useRef, useState } from 'react';
import { isEmptyDiff, type DesignDiff } from '../domain/diff/diffDesigns.ts';
import { DIFF_HEADER, diffCsvRows, diffRows } from '../domain/diff/diffRows.ts';
import type { Problem } from '../domain/format/problem.ts';
import type { Design } from '../domain/model/design.ts';
import { serializeDesign } from '../domain/format/serializeDesign.ts';
import { toCsv } from '../domain/report/csv.ts';
import { ChangeOrderView, changeSummary } from '../report/ChangeOrderView.tsx';
import { DiffRowsTable } from '../report/DiffRowsTable.tsx';
import { ModalDialog } from '../ui/ModalDialog.tsx';
import { useWorkerJob } from '../ui/useWorkerJob.ts';
import type { CompareRequest, CompareResult } from '../workers/compareTexts.ts';
import { downloadText } from './downloadFile.ts';
import { slugOf } from './fileNames.ts';
import { readFileText } from './readDesignFile.ts';

const button = 'rounded border border-slate-300 bg-white px-3 py-1 text-xs font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-50';

type Compared = { readonly kind: 'diff'; readonly fileName: string; readonly before: Design; readonly savedAt: Date; readonly diff: DesignDiff } | { readonly kind: 'refused'; readonly fileName: string; readonly problems: readonly Problem[] };

const makeWorker = () => new Worker(new URL('../workers/compare.worker.ts', import.meta.url), { type: 'module' });

export function CompareDialog({ design, onClose }: { design: Design; onClose: () => void }) {
  const picker = useRef<HTMLInputElement>(null);
  const [compared, setCompared] = useState<Compared | null>(null);
  const [printing, setPrinting] = useState(false);
  // the file is read, both revisions analyzed and diffed in a worker (a 100k-GPU analysis would hold the page)
  const { job, start } = useWorkerJob<CompareRequest, CompareResult>(makeWorker);
  const pick = async (file: File) => {
    const read = await readFileText(file);
    if (!read.ok) return setCompared({ kind: 'refused', fileName: file.name, problems: read.problems });
    setCompared(null);
    start({ fileText: read.text, designText: serializeDesign(design) }, (result) =>
      setCompared(result.ok ? { kind: 'diff', fileName: file.name, before: result.before, savedAt: new Date(file.lastModified), diff: result.diff } : { kind: 'refused', fileName: file.name, problems: result.problems }),
    );
  };
  return (
    <ModalDialog title="Compare with a file" description="The file is the earlier revision; the open design is the later one." width="w-[min(1000px,95vw)]" onClose={onClose}>
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <button type="button" className={button} disabled={job.state === 'running'} onClick={() => picker.current?.click()}>
          Choose a revision…
        </button>
        {job.state === 'running' && <span role="status">Comparing…</span>}
        {job.state === 'failed' && <span role="alert" className="text-red-700">Could not compare: {job.message}</span>}
        <input
          ref={picker}
          type="file"
          accept=".json,application/json"
          aria-label="Revision to compare with"
          className="hidden"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void pick(file);
          }}
        />
        {compared?.kind === 'diff' && (
          <>
            <button type="button" className={button} onClick={() => downloadText(toCsv(DIFF_HEADER, diffCsvRows(compared.diff)), `${slugOf(design.name)}.changes.csv`, 'text/csv;charset=utf-8')}>
              Download change order CSV
            </button>
            <button type="button" className={button} onClick={() => setPrinting(true)}>
              Print change order
            </button>
            <button
              type="button"
              className={button}
              onClick={() => downloadText(`${JSON.stringify({ before: compared.before.name, after: design.name, ...compared.diff }, null, 2)}\n`, `${slugOf(design.name)}.changes.json`, 'application/json')}
            >
              Download JSON
            </button>
          </>
        )}
      </div>
      {compared?.kind === 'refused' && (
        <div role="alert" className="text-xs text-red-700">
          <p>{compared.fileName} is not a design this app can read:</p>
          <ul className="mt-1 list-disc pl-5">
            {compared.problems.map((p) => (
              <li key={`${p.path}${p.message}`}>
                {p.path}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {compared?.kind === 'diff' && <ChangeOrder fileName={compared.fileName} before={compared.before} after={design} diff={compared.diff} />}
      {compared?.kind === 'diff' && printing && (
        <ChangeOrderView before={{ design: compared.before, fileName: compared.fileName, savedAt: compared.savedAt }} after={design} diff={compared.diff} onClose={() => setPrinting(false)} />
      )}
    </ModalDialog>
  );
}

function ChangeOrder({ fileName, before, after, diff }: { fileName: string; before: Design; after: Design; diff: DesignDiff }) {
  const rows = diffRows(diff);
  if (isEmptyDiff(diff)) return <p role="status">No differences between {fileName} and the open design.</p>;
  const items = rows.filter((r) => r.category !== 'bom');
  const bom = rows.filter((r) => r.category === 'bom');
  return (
    <div>
      <p role="status" className="mb-3">
        {before.name} ({fileName}) → {after.name}: {changeSummary(diff)}
      </p>
      {items.length > 0 && <DiffRowsTable label="Changes" rows={items} />}
      {bom.length > 0 && <DiffRowsTable label="BOM delta" rows={bom} />}
    </div>
  );
}
