/** Generates a fabric off the page's thread (see generateDesign.ts). */
import type { FabricParams } from '../domain/generator/params.ts';
import { generateDesign, type GeneratedDesign } from './generateDesign.ts';
import type { WorkerReply } from './workerJob.ts';

const post = (reply: WorkerReply<GeneratedDesign>) => (self as unknown as { postMessage(reply: WorkerReply<GeneratedDesign>): void }).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<FabricParams>) => {
  try {
    post({ type: 'done', result: generateDesign(event.data) });
  } catch (err) {
    post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
});
