/**
 * Reads a design file off the page's thread: JSON, schema, references and expansion caps of a
 * 100k-GPU file take tens of milliseconds the page should spend drawing. The result is plain data,
 * so it crosses back as it is.
 */
import { parseDesign } from '../domain/format/parseDesign.ts';
import type { ParseReply, ParseRequest } from './parseProtocol.ts';

const post = (reply: ParseReply) => (self as unknown as { postMessage(reply: ParseReply): void }).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  post({ id: event.data.id, result: parseDesign(event.data.text) });
});
