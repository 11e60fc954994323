/** *Export to…*: the hand-off files for NetBox, NVIDIA's Cable Validation Tool (both built in a worker, with progress and cancel) and draw.io. */
import { useState } from 'react';
import { serializeDesign } from '../domain/format/serializeDesign.ts';
import type { Design } from '../domain/model/design.ts';
import { analysisOf } from '../store/useAnalysis.ts';
import { JobProgress } from '../ui/JobProgress.tsx';
import { ModalDialog } from '../ui/ModalDialog.tsx';
import { useWorkerJob } from '../ui/useWorkerJob.ts';
import type { HandoffRequest } from '../workers/handoffProtocol.ts';
import { downloadBlob } from './downloadFile.ts';
import type { HandoffResult, HandoffTarget } from './handoffFiles.ts';

const TARGETS: readonly { target: HandoffTarget; label: string; what: string }[] = [
  { target: 'netbox', label: 'NetBox CSV files (.zip)', what: 'Sites, locations, racks, device types, devices, interfaces and planned cables, for NetBox bulk import.' },
  { target: 'cvt-xlsx', label: 'NVIDIA CVT P2P workbook (.xlsx)', what: 'One row per cable for the UFM Cable Validation Tool, one sheet per fabric.' },
  { target: 'cvt-csv', label: 'NVIDIA CVT P2P (.csv)', what: 'The same rows as one CSV file.' },
  { target: 'drawio', label: 'draw.io diagram (.drawio)', what: 'The campus as the canvas draws it, for diagrams.net.' },
];

const button = 'rounded border border-slate-300 bg-white px-3 py-1 text-xs font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-50';

type Outcome = { readonly kind: 'done'; readonly fileName: string; readonly notes: readonly string[] } | { readonly kind: 'refused'; readonly problems: readonly string[] } | { readonly kind: 'failed'; readonly message: string };

const makeWorker = () => new Worker(new URL('../workers/handoff.worker.ts', import.meta.url), { type: 'module' });

export function HandoffDialog({ design, onClose }: { design: Design; onClose: () => void }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { job, start, cancel } = useWorkerJob<HandoffRequest, HandoffResult>(makeWorker);
  const show = (result: HandoffResult) => {
    if (result.ok) {
      downloadBlob(result.file.blob, result.file.fileName);
      setOutcome({ kind: 'done', fileName: result.file.fileName, notes: result.notes });
    } else setOutcome({ kind: 'refused', problems: result.problems });
  };
  const run = async (target: HandoffTarget) => {
    setOutcome(null);
    if (target !== 'drawio') return start({ designText: serializeDesign(design), target }, show);
    try {
      // the canvas layout for the diagram loads on first use, not with the app
      const { drawioFile } = await import('./drawioFile.ts');
      show(drawioFile(design, analysisOf(design)));
    } catch (err) {
      setOutcome({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  };
  const busy = job.state === 'running';
  const failed = outcome?.kind === 'failed' ? outcome.message : job.state === 'failed' ? job.message : null;
  return (
    <ModalDialog title="Export to…" description="Hand-off files built from the cable schedule and the canvas." onClose={onClose}>
      <ul className="flex flex-col gap-3">
        {TARGETS.map((t) => (
          <li key={t.target} className="flex items-start justify-between gap-3">
            <span className="text-xs text-slate-600">{t.what}</span>
            <button type="button" className={`${button} shrink-0`} disabled={busy} onClick={() => void run(t.target)}>
              {t.label}
            </button>
          </li>
        ))}
      </ul>
      <div className="mt-4 text-xs">
        {outcome?.kind === 'done' && (
          <div role="status">
            <p>Saved {outcome.fileName}.</p>
            {outcome.notes.length > 0 && (
              <ul className="mt-1 list-disc pl-5 text-slate-600">
                {outcome.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {outcome?.kind === 'refused' && (
          <div role="alert" className="text-red-700">
            <p>NetBox would refuse these names; rename them in the design. Nothing was exported.</p>
            <ul className="mt-1 list-disc pl-5">
              {outcome.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        <JobProgress label="Export progress" job={job} onCancel={cancel} />
        {job.state === 'cancelled' && <p role="status">Export cancelled.</p>}
        {failed !== null && (
          <p role="alert" className="text-red-700">
            Could not build the file: {failed}
          </p>
        )}
      </div>
    </ModalDialog>
  );
}
