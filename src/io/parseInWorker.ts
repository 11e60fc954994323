/**
 * The design-reading worker's client: one worker kept for the page, requests told apart by id.
 * Where there is no Worker (Node, the unit tests) the same jobs run on the spot. A worker that
 * fails to start or dies is reported as the file's problem (or the autosave's failure), never thrown
 * at the caller of a parse.
 */
import type { ParseResult } from '../domain/format/parseDesign.ts';
import type { Saved, StoredSlots } from '../persist/savedState.ts';
import type { ParseReply, ParseRequest, ReadJob, ReadJobs } from '../workers/parseProtocol.ts';

/** What the client needs of a Worker (a fake one in the unit tests). */
export interface ParsePort {
  postMessage(request: ParseRequest): void;
  onmessage: ((event: MessageEvent<ParseReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export interface DesignReader {
  /** A file's text as a design. */
  parseText(text: string): Promise<ParseResult>;
  /** A bundled file, downloaded and read by the worker (`fetchDesign`'s messages when it cannot be). */
  readUrl(url: string): Promise<ParseResult>;
  /** The autosave's record with its change log replayed; rejects when the worker cannot do it. */
  replaySaved(slots: StoredSlots): Promise<Saved>;
}

type Send = <K extends ReadJob>(kind: K, input: ReadJobs[K]['input']) => Promise<ReadJobs[K]['output']>;

const spawnWorker = (): ParsePort => new Worker(new URL('../workers/parse.worker.ts', import.meta.url), { type: 'module' });

/** Requests over one worker, started at the first request and again after it stopped. */
function workerSend(spawn: () => ParsePort): Send {
  let port: ParsePort | null = null;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (output: ReadJobs[ReadJob]['output']) => void; reject: (err: Error) => void }>();
  const failAll = (message: string) => {
    for (const { reject } of waiting.values()) reject(new Error(message));
    waiting.clear();
    port?.terminate();
    port = null;
  };
  return (kind, input) =>
    new Promise((resolve, reject) => {
      if (!port) {
        port = spawn();
        port.onmessage = ({ data }) => {
          const answer = waiting.get(data.id);
          waiting.delete(data.id);
          if ('failed' in data) answer?.reject(new Error(data.failed));
          else answer?.resolve(data.output);
        };
        port.onerror = (event) => failAll(`the reading worker stopped (${event.message || 'no reason given'})`);
      }
      const id = nextId++;
      waiting.set(id, { resolve: resolve as (output: ReadJobs[ReadJob]['output']) => void, reject });
      port.postMessage({ id, kind, input } as ParseRequest);
    });
}

/** The jobs on this thread, loaded only where they run (the page's first script stays small). */
const sendHere: Send = async (kind, input) => {
  const { runReadJob } = await import('../workers/readJob.ts');
  return runReadJob({ id: 0, kind, input } as ParseRequest) as Promise<ReadJobs[typeof kind]['output']>;
};

function readerOver(send: Send): DesignReader {
  const asProblem = (err: unknown): ParseResult => ({ ok: false, problems: [{ path: '$', message: `could not read the file: ${err instanceof Error ? err.message : String(err)}` }] });
  return {
    parseText: (text) => send('text', text).catch(asProblem),
    // the worker's own address is not the page's: it gets the file's whole address
    readUrl: (url) => send('url', typeof location === 'undefined' ? url : new URL(url, location.href).href).catch(asProblem),
    replaySaved: (slots) => send('saved', slots),
  };
}

export function readerInWorker(spawn: () => ParsePort = spawnWorker): DesignReader {
  return readerOver(workerSend(spawn));
}

/** The page's reader: in a worker where the browser has them. */
export const designReader: DesignReader = typeof Worker === 'undefined' ? readerOver(sendHere) : readerInWorker();

/** parseDesign off the page's thread. */
export const parseInWorker = (text: string): Promise<ParseResult> => designReader.parseText(text);
