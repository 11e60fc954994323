/** Runs compactLog in a worker, so that writing a big design's full record never holds up the page. */
import type { Compaction } from './compactLog.ts';
import type { CompactReply } from '../workers/compactProtocol.ts';

export function compactInWorker(): () => Promise<Compaction> {
  let worker: Worker | null = null;
  return () =>
    new Promise((resolve, reject) => {
      worker ??= new Worker(new URL('../workers/compact.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<CompactReply>) => (event.data.ok ? resolve(event.data.compaction) : reject(new Error(event.data.message)));
      worker.onerror = (event) => reject(new Error(event.message || 'the worker stopped'));
      worker.postMessage('compact');
    });
}
