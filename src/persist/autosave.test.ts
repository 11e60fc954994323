import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDesignStore } from '../store/designStore.ts';
import { sampleDesign } from '../store/testing/sampleDesign.ts';
import { COMPACT_AFTER_MS, COMPACT_EVERY, createAutosaver, type SaveAnnouncer } from './autosave.ts';
import { LOG_PREFIX, logKey } from './changeLog.ts';
import { persistStateOf } from './persistState.ts';
import { readSaved } from './savedState.ts';
import { AUTOSAVE_KEY } from './slotStorage.ts';
import { memorySlots } from './testing/memorySlots.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup() {
  const store = createDesignStore({ design: sampleDesign() });
  const slots = memorySlots();
  const autosaver = createAutosaver(store, slots, { now: () => 42 });
  const start = () => autosaver.start({ revision: 0, base: null, savedAt: 0 });
  return { store, slots, autosaver, start, status: () => persistStateOf(store).getState().status };
}

const savedName = async (slots: ReturnType<typeof memorySlots>) => (await readSaved(slots)).state.design?.name;
const logged = (slots: ReturnType<typeof memorySlots>) => [...slots.map.keys()].filter((k) => k.startsWith(LOG_PREFIX));

describe('the autosaver', () => {
  it('writes nothing before start-up finished', async () => {
    const { store, slots, autosaver } = setup();
    store.getState().renameDesign('Edited too early');
    await autosaver.flush();
    expect(slots.map.size).toBe(0);
  });

  it('logs each change at once, as a patch of what changed, without waiting for the user to pause', async () => {
    const { store, slots, autosaver, start, status } = setup();
    start();
    await autosaver.flush();
    store.getState().renameDesign('A');
    await autosaver.flush();
    expect(slots.map.get(logKey(2))).toEqual({ kind: 'fabric-designer-change', revision: 2, savedAt: 42, change: { patch: { name: 'A' } } });
    expect(await savedName(slots)).toBe('A');
    expect(status()).toEqual({ kind: 'saved', at: 42 });
  });

  it('writes changes made during a write in the next one', async () => {
    const { store, slots, autosaver, start } = setup();
    start();
    store.getState().renameDesign('A');
    store.getState().renameDesign('AB');
    await autosaver.flush();
    expect(logged(slots)).toHaveLength(1);
    expect(await savedName(slots)).toBe('AB');
  });

  it('folds the log into the full record once the user pauses, and sooner when it grows', async () => {
    const { store, slots, autosaver, start } = setup();
    start();
    await autosaver.flush();
    store.getState().renameDesign('Paused');
    await autosaver.flush();
    expect(slots.map.has(AUTOSAVE_KEY)).toBe(false);
    await vi.advanceTimersByTimeAsync(COMPACT_AFTER_MS);
    expect(slots.map.get(AUTOSAVE_KEY)).toMatchObject({ name: 'Paused', revision: 2 });
    expect(logged(slots)).toEqual([]);

    for (let i = 0; i < COMPACT_EVERY; i++) {
      store.getState().renameDesign(`Busy ${i}`);
      await autosaver.flush();
    }
    await vi.advanceTimersByTimeAsync(0);
    expect(slots.map.get(AUTOSAVE_KEY)).toMatchObject({ name: `Busy ${COMPACT_EVERY - 1}` });
  });

  it('never replaces a stored design with an empty one', async () => {
    const { store, slots, autosaver, start, status } = setup();
    start();
    await autosaver.flush();
    store.getState().loadDesign({ ...sampleDesign(), name: 'Untitled fabric', nodes: [], links: [] });
    await autosaver.flush();
    expect(await savedName(slots)).toBe(sampleDesign().name);
    expect(status()).toEqual({ kind: 'empty' });
  });

  it('keeps the previous save and says the storage is full when a write fails for lack of space', async () => {
    const { store, slots, autosaver, start, status } = setup();
    start();
    await autosaver.flush();
    slots.failWrites = true;
    store.getState().renameDesign('Not stored');
    await autosaver.flush();
    expect(await savedName(slots)).toBe(sampleDesign().name);
    expect(status()).toMatchObject({ kind: 'failed', full: true, message: expect.stringMatching(/storage for this site is full/) });
  });

  it('stays off once turned off', async () => {
    const { store, slots, autosaver, start, status } = setup();
    autosaver.turnOff('keeping a damaged record');
    start();
    store.getState().renameDesign('Edited');
    await autosaver.flush();
    expect(slots.map.size).toBe(0);
    expect(status()).toEqual({ kind: 'off', message: 'keeping a damaged record' });
  });
});

describe('two tabs on one storage', () => {
  async function twoTabs(announced = false) {
    const slots = memorySlots();
    const listeners: ((revision: number) => void)[] = [];
    const open = async () => {
      const store = createDesignStore({ design: sampleDesign() });
      let own: ((revision: number) => void) | undefined;
      // every other tab hears a save, as over a BroadcastChannel
      const announcer: SaveAnnouncer = { saved: (r) => listeners.filter((l) => l !== own).forEach((l) => l(r)), onSaved: (l) => void listeners.push((own = l)) };
      const autosaver = createAutosaver(store, slots, announced ? { announcer } : {});
      const saved = await readSaved(slots);
      autosaver.start({ revision: saved.head, base: saved.head ? store.getState().design : null, savedAt: 0 });
      await autosaver.flush();
      return { store, autosaver, status: () => persistStateOf(store).getState().status };
    };
    const a = await open();
    const b = await open();
    return { slots, a, b };
  }

  it('never lets a tab write over a save another tab made since it read the design', async () => {
    const { slots, a, b } = await twoTabs();
    a.store.getState().renameDesign('Renamed in A');
    await a.autosaver.flush();
    b.store.getState().updateSettings({ slackPercent: 12 });
    await b.autosaver.flush();
    expect(b.status()).toEqual({ kind: 'conflict' });
    const saved = (await readSaved(slots)).state.design!;
    expect(saved.name).toBe('Renamed in A');
    expect(saved.settings.slackPercent).toBe(sampleDesign().settings.slackPercent);
    // B stays quiet until its user chooses
    b.store.getState().renameDesign('Still B');
    await b.autosaver.flush();
    expect((await readSaved(slots)).state.design!.name).toBe('Renamed in A');
  });

  it('writes over the other save only when told to, and keeps that save as an earlier revision', async () => {
    const { slots, a, b } = await twoTabs();
    a.store.getState().renameDesign('Renamed in A');
    await a.autosaver.flush();
    b.store.getState().updateSettings({ slackPercent: 12 });
    await b.autosaver.flush();
    await b.autosaver.overwrite();
    expect(b.status().kind).toBe('saved');
    const saved = (await readSaved(slots)).state;
    expect(saved.design!.settings.slackPercent).toBe(12);
    expect(saved.replaced.map((r) => r.design.name)).toEqual(['Renamed in A']);
    // and A, in turn, is told before it writes over B
    a.store.getState().renameDesign('A again');
    await a.autosaver.flush();
    expect(a.status()).toEqual({ kind: 'conflict' });
  });

  it('warns a tab as soon as another tab saves, when the tabs can hear each other', async () => {
    const { a, b } = await twoTabs(true);
    a.store.getState().renameDesign('Renamed in A');
    await a.autosaver.flush();
    expect(b.status()).toEqual({ kind: 'conflict' });
    expect(a.status().kind).toBe('saved');
  });
});
