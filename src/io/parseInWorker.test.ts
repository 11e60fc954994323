import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../domain/format/parseDesign.ts';
import type { ParseReply, ParseRequest } from '../workers/parseProtocol.ts';
import { parserInWorker, type ParsePort } from './parseInWorker.ts';

const example = readFileSync(new URL('../../public/examples/two-building-lr4.fabric.json', import.meta.url), 'utf8');

/** A stand-in worker that answers like parse.worker.ts, on a later turn, counting what it is sent. */
function fakeWorkers() {
  const spawned: { messages: ParseRequest[]; port: ParsePort }[] = [];
  const spawn = (): ParsePort => {
    const messages: ParseRequest[] = [];
    const port: ParsePort = {
      onmessage: null,
      onerror: null,
      terminate: () => {},
      postMessage: (request) => {
        messages.push(request);
        setTimeout(() => port.onmessage?.({ data: { id: request.id, result: parseDesign(request.text) } } as MessageEvent<ParseReply>));
      },
    };
    spawned.push({ messages, port });
    return port;
  };
  return { spawn, spawned };
}

describe('parserInWorker', () => {
  it('parses in one worker, one message per file, each answer to its own request', async () => {
    const { spawn, spawned } = fakeWorkers();
    const parse = parserInWorker(spawn);
    const [good, bad] = await Promise.all([parse(example), parse('{ not json')]);
    expect(good.ok && good.design.name).toBe('Two-building LR4 campus');
    expect(good).toEqual(parseDesign(example));
    expect(bad.ok ? [] : bad.problems[0]!.message).toMatch(/^not valid JSON/);
    expect(spawned).toHaveLength(1);
    expect(spawned[0]!.messages.map((m) => m.text)).toEqual([example, '{ not json']);
  });

  it('reports a worker that stops as the file’s problem, and starts a new one for the next file', async () => {
    const { spawn, spawned } = fakeWorkers();
    const parse = parserInWorker(spawn);
    const first = await parse(example);
    expect(first.ok).toBe(true);
    const pending = parse(example);
    spawned[0]!.port.onerror?.({ message: 'out of memory' } as ErrorEvent);
    const failed = await pending;
    expect(failed).toEqual({ ok: false, problems: [{ path: '$', message: 'could not read the file: the reading worker stopped (out of memory)' }] });
    expect((await parse(example)).ok).toBe(true);
    expect(spawned).toHaveLength(2);
  });
});
