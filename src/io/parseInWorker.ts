/**
 * parseDesign in a worker, one worker kept for the page and requests told apart by id. Where there
 * is no Worker (Node, the unit tests) it parses on the spot; a worker that fails to start or dies
 * is reported as the file's problem, never thrown.
 */
import { parseDesign, type ParseResult } from '../domain/format/parseDesign.ts';
import type { ParseReply, ParseRequest } from '../workers/parseProtocol.ts';

/** What the client needs of a Worker (a fake one in the unit tests). */
export interface ParsePort {
  postMessage(request: ParseRequest): void;
  onmessage: ((event: MessageEvent<ParseReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

const spawnWorker = (): ParsePort => new Worker(new URL('../workers/parse.worker.ts', import.meta.url), { type: 'module' });

export function parserInWorker(spawn: () => ParsePort = spawnWorker): (text: string) => Promise<ParseResult> {
  let port: ParsePort | null = null;
  let nextId = 0;
  const waiting = new Map<number, (result: ParseResult) => void>();
  const failAll = (message: string) => {
    for (const answer of waiting.values()) answer({ ok: false, problems: [{ path: '$', message }] });
    waiting.clear();
    port?.terminate();
    port = null;
  };
  return (text) =>
    new Promise((resolve) => {
      if (!port) {
        port = spawn();
        port.onmessage = ({ data }) => {
          waiting.get(data.id)?.(data.result);
          waiting.delete(data.id);
        };
        port.onerror = (event) => failAll(`could not read the file: the reading worker stopped (${event.message || 'no reason given'})`);
      }
      const id = nextId++;
      waiting.set(id, resolve);
      port.postMessage({ id, text });
    });
}

/** The page's parser: in a worker where the browser has them. */
export const parseInWorker = typeof Worker === 'undefined' ? async (text: string) => parseDesign(text) : parserInWorker();
