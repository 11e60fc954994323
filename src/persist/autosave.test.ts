import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeDesign } from '../domain/format/serializeDesign.ts';
import { createDesignStore } from '../store/designStore.ts';
import { sampleDesign } from '../store/testing/sampleDesign.ts';
import { readStored } from './autosaveRecord.ts';
import { AUTOSAVE_DELAY_MS, createAutosaver } from './autosave.ts';
import { persistStateOf } from './persistState.ts';
import { AUTOSAVE_KEY } from './slotStorage.ts';
import { memorySlots } from './testing/memorySlots.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup() {
  const store = createDesignStore({ design: sampleDesign() });
  const slots = memorySlots();
  const autosaver = createAutosaver(store, slots, { now: () => 42 });
  return { store, slots, autosaver, status: () => persistStateOf(store).getState().status };
}

const storedName = (slots: ReturnType<typeof memorySlots>) => {
  const stored = readStored(slots.map.get(AUTOSAVE_KEY));
  return stored.kind === 'design' ? stored.design.name : stored.kind;
};

describe('the autosaver', () => {
  it('writes nothing before start-up finished', async () => {
    const { store, slots } = setup();
    store.getState().renameDesign('Edited too early');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 4);
    expect(slots.map.size).toBe(0);
  });

  it('saves a change once it settles, as one write', async () => {
    const { store, slots, autosaver, status } = setup();
    autosaver.start({ text: serializeDesign(store.getState().design!), savedAt: 1 });
    const set = vi.spyOn(slots, 'set');
    store.getState().renameDesign('A');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS / 2);
    store.getState().renameDesign('AB');
    expect(set).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(set).toHaveBeenCalledTimes(1);
    expect(storedName(slots)).toBe('AB');
    expect(status()).toEqual({ kind: 'saved', at: 42 });
  });

  it('does not rewrite the design storage already holds', async () => {
    const { store, slots, autosaver } = setup();
    autosaver.start({ text: serializeDesign(store.getState().design!), savedAt: 1 });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(slots.map.size).toBe(0);
  });

  it('never replaces a stored design with an empty one', async () => {
    const { store, slots, autosaver, status } = setup();
    autosaver.start(null);
    await autosaver.flush();
    store.getState().loadDesign({ ...sampleDesign(), name: 'Untitled fabric', nodes: [], links: [] });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(storedName(slots)).toBe(sampleDesign().name);
    expect(status()).toEqual({ kind: 'empty' });
  });

  it('keeps the previous save and says so when a write fails', async () => {
    const { store, slots, autosaver, status } = setup();
    autosaver.start(null);
    await autosaver.flush();
    slots.failWrites = true;
    store.getState().renameDesign('Not stored');
    await autosaver.flush();
    expect(storedName(slots)).toBe(sampleDesign().name);
    expect(status()).toMatchObject({ kind: 'failed', message: expect.stringMatching(/QuotaExceededError/) });
  });

  it('stays off once turned off', async () => {
    const { store, slots, autosaver, status } = setup();
    autosaver.turnOff('keeping a damaged record');
    autosaver.start(null);
    store.getState().renameDesign('Edited');
    await autosaver.flush();
    expect(slots.map.size).toBe(0);
    expect(status()).toEqual({ kind: 'off', message: 'keeping a damaged record' });
  });
});
