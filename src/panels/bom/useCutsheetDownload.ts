/**
 * Runs the cable schedule in a worker and downloads it. Progress shows only after a second (a
 * small design finishes before a bar would flash); cancelling ends the worker at once.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { serializeDesign } from '../../domain/format/serializeDesign.ts';
import type { Design } from '../../domain/model/design.ts';
import { downloadBlob } from '../../io/downloadFile.ts';
import { csvFileName } from '../../io/fileNames.ts';
import type { CutsheetReply, CutsheetRequest } from '../../workers/cutsheetProtocol.ts';

export type CutsheetJob =
  | { readonly state: 'idle' }
  | { readonly state: 'running'; readonly done: number; readonly total: number; readonly showProgress: boolean }
  | { readonly state: 'finished'; readonly rows: number }
  | { readonly state: 'cancelled' }
  | { readonly state: 'failed'; readonly message: string };

export const PROGRESS_DELAY_MS = 1000;

export function useCutsheetDownload() {
  const [job, setJob] = useState<CutsheetJob>({ state: 'idle' });
  const running = useRef<{ worker: Worker; timer: ReturnType<typeof setTimeout> } | null>(null);

  const stop = useCallback(() => {
    if (!running.current) return;
    running.current.worker.terminate();
    clearTimeout(running.current.timer);
    running.current = null;
  }, []);

  const start = useCallback(
    (design: Design) => {
      if (running.current) return;
      const worker = new Worker(new URL('../../workers/cutsheet.worker.ts', import.meta.url), { type: 'module' });
      const timer = setTimeout(() => setJob((j) => (j.state === 'running' ? { ...j, showProgress: true } : j)), PROGRESS_DELAY_MS);
      running.current = { worker, timer };
      setJob({ state: 'running', done: 0, total: 0, showProgress: false });
      worker.onmessage = (event: MessageEvent<CutsheetReply>) => {
        const reply = event.data;
        if (reply.type === 'progress') {
          setJob((j) => (j.state === 'running' ? { ...j, done: reply.done, total: reply.total } : j));
          return;
        }
        stop();
        if (reply.type === 'failed') return setJob({ state: 'failed', message: reply.message });
        downloadBlob(reply.csv, csvFileName(design.name, 'cutsheet'));
        setJob({ state: 'finished', rows: reply.rows });
      };
      worker.onerror = (event) => {
        stop();
        setJob({ state: 'failed', message: event.message || 'the worker stopped' });
      };
      worker.postMessage({ designText: serializeDesign(design) } satisfies CutsheetRequest);
    },
    [stop],
  );

  const cancel = useCallback(() => {
    stop();
    setJob({ state: 'cancelled' });
  }, [stop]);

  useEffect(() => stop, [stop]);
  return { job, start, cancel };
}
