import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../domain/format/parseDesign.ts';
import { recordOf } from '../persist/autosaveRecord.ts';
import { CHANGE_KIND, logKey } from '../persist/changeLog.ts';
import { diffDesign } from '../persist/designPatch.ts';
import { replaySlots, type StoredSlots } from '../persist/savedState.ts';
import type { ParseReply, ParseRequest } from '../workers/parseProtocol.ts';
import { runReadJob } from '../workers/readJob.ts';
import { readerInWorker, type ParsePort } from './parseInWorker.ts';

const example = readFileSync(new URL('../../public/examples/two-building-lr4.fabric.json', import.meta.url), 'utf8');
const parsed = parseDesign(example);
if (!parsed.ok) throw new Error('the example must parse');

/** A stand-in worker that runs parse.worker.ts's jobs on a later turn, copying messages as postMessage does, counting what it is sent. */
function fakeWorkers() {
  const spawned: { messages: ParseRequest[]; port: ParsePort }[] = [];
  const spawn = (): ParsePort => {
    const messages: ParseRequest[] = [];
    const port: ParsePort = {
      onmessage: null,
      onerror: null,
      terminate: () => {},
      postMessage: (request) => {
        const copy = structuredClone(request);
        messages.push(copy);
        setTimeout(async () => {
          const output = await runReadJob(copy);
          port.onmessage?.({ data: structuredClone({ id: copy.id, output }) } as MessageEvent<ParseReply>);
        });
      },
    };
    spawned.push({ messages, port });
    return port;
  };
  return { spawn, spawned };
}

describe('readerInWorker', () => {
  it('parses in one worker, one message per file, each answer to its own request', async () => {
    const { spawn, spawned } = fakeWorkers();
    const reader = readerInWorker(spawn);
    const [good, bad] = await Promise.all([reader.parseText(example), reader.parseText('{ not json')]);
    expect(good.ok && good.design.name).toBe('Two-building LR4 campus');
    expect(good).toEqual(parseDesign(example));
    expect(bad.ok ? [] : bad.problems[0]!.message).toMatch(/^not valid JSON/);
    expect(spawned).toHaveLength(1);
    expect(spawned[0]!.messages.map((m) => [m.kind, m.input])).toEqual([
      ['text', example],
      ['text', '{ not json'],
    ]);
  });

  it('replays the autosave in the worker to the same design and revisions as on the page', async () => {
    const { spawn, spawned } = fakeWorkers();
    const renamed = { ...parsed.design, name: 'Renamed since' };
    const change = { kind: CHANGE_KIND, revision: 8, savedAt: 9, change: { patch: diffDesign(parsed.design, renamed) } };
    const slots: StoredSlots = { raw: recordOf(parsed.design, 7), entries: [change], logKeys: [logKey(8)], head: 8 };
    const saved = await readerInWorker(spawn).replaySaved(slots);
    expect(spawned[0]!.messages.map((m) => m.kind)).toEqual(['saved']);
    expect(saved).toEqual(replaySlots(slots));
    expect(saved.state.design?.name).toBe('Renamed since');
  });

  it('reports a worker that stops as the file’s problem, and starts a new one for the next file', async () => {
    const { spawn, spawned } = fakeWorkers();
    const reader = readerInWorker(spawn);
    const first = await reader.parseText(example);
    expect(first.ok).toBe(true);
    const pending = reader.parseText(example);
    spawned[0]!.port.onerror?.({ message: 'out of memory' } as ErrorEvent);
    const failed = await pending;
    expect(failed).toEqual({ ok: false, problems: [{ path: '$', message: 'could not read the file: the reading worker stopped (out of memory)' }] });
    expect((await reader.parseText(example)).ok).toBe(true);
    expect(spawned).toHaveLength(2);
  });
});
