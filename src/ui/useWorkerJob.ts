/**
 * Runs one job in a worker: progress shows only after a second (a small job finishes before a bar
 * would flash); cancelling ends the worker at once; leaving the page's component ends it too.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkerReply } from '../workers/workerJob.ts';

export type WorkerJob<R> =
  | { readonly state: 'idle' }
  | { readonly state: 'running'; readonly done: number; readonly total: number; readonly showProgress: boolean }
  | { readonly state: 'finished'; readonly result: R }
  | { readonly state: 'cancelled' }
  | { readonly state: 'failed'; readonly message: string };

export const PROGRESS_DELAY_MS = 1000;

/** `makeWorker` must build the worker with `new Worker(new URL(...), ...)` inline, so that Vite bundles it. */
export function useWorkerJob<Request, R>(makeWorker: () => Worker) {
  const [job, setJob] = useState<WorkerJob<R>>({ state: 'idle' });
  const running = useRef<{ worker: Worker; timer: ReturnType<typeof setTimeout> } | null>(null);

  const stop = useCallback(() => {
    if (!running.current) return;
    running.current.worker.terminate();
    clearTimeout(running.current.timer);
    running.current = null;
  }, []);

  const start = useCallback(
    (request: Request, onDone: (result: R) => void) => {
      if (running.current) return;
      const worker = makeWorker();
      const timer = setTimeout(() => setJob((j) => (j.state === 'running' ? { ...j, showProgress: true } : j)), PROGRESS_DELAY_MS);
      running.current = { worker, timer };
      setJob({ state: 'running', done: 0, total: 0, showProgress: false });
      worker.onmessage = (event: MessageEvent<WorkerReply<R>>) => {
        const reply = event.data;
        if (reply.type === 'progress') {
          setJob((j) => (j.state === 'running' ? { ...j, done: reply.done, total: reply.total } : j));
          return;
        }
        stop();
        if (reply.type === 'failed') return setJob({ state: 'failed', message: reply.message });
        onDone(reply.result);
        setJob({ state: 'finished', result: reply.result });
      };
      worker.onerror = (event) => {
        stop();
        setJob({ state: 'failed', message: event.message || 'the worker stopped' });
      };
      worker.postMessage(request);
    },
    [makeWorker, stop],
  );

  const cancel = useCallback(() => {
    stop();
    setJob({ state: 'cancelled' });
  }, [stop]);

  useEffect(() => stop, [stop]);
  return { job, start, cancel };
}
