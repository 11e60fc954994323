/** Compares a file with the open design off the page's thread (see compareTexts.ts). */
import { compareTexts, type CompareRequest, type CompareResult } from './compareTexts.ts';
import type { WorkerReply } from './workerJob.ts';

const post = (reply: WorkerReply<CompareResult>) => (self as unknown as { postMessage(reply: WorkerReply<CompareResult>): void }).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<CompareRequest>) => {
  try {
    post({ type: 'done', result: compareTexts(event.data) });
  } catch (err) {
    post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
});
