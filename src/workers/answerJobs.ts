/**
 * A job worker's side of the conversation (workerJob.ts): each request is worked on, with progress
 * reports if the work gives any, and answered with its result or with why it failed, never left
 * without an answer.
 */
import type { WorkerReply } from './workerJob.ts';

export type ReportProgress = (done: number, total: number) => void;

export function answerJobs<Q, R>(work: (request: Q, progress: ReportProgress) => R | Promise<R>): void {
  const post = (reply: WorkerReply<R>) => (self as unknown as { postMessage(reply: WorkerReply<R>): void }).postMessage(reply);
  const progress: ReportProgress = (done, total) => post({ type: 'progress', done, total });
  self.addEventListener('message', (event: MessageEvent<Q>) => {
    void (async () => {
      try {
        post({ type: 'done', result: await work(event.data, progress) });
      } catch (err) {
        post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
      }
    })();
  });
}
