/**
 * Reads designs off the page's thread: JSON, schema, references and expansion caps of a 100k-GPU
 * file take tens of milliseconds the page should spend drawing, and a bundled file is fetched here
 * too, so it downloads while the page is still starting. The results are plain data, so they cross
 * back as they are.
 */
import type { ParseReply, ParseRequest } from './parseProtocol.ts';
import { runReadJob } from './readJob.ts';

const post = (reply: ParseReply) => (self as unknown as { postMessage(reply: ParseReply): void }).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  const { id } = event.data;
  runReadJob(event.data).then(
    (output) => post({ id, output }),
    (err: unknown) => post({ id, failed: err instanceof Error ? err.message : String(err) }),
  );
});
