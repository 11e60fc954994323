import { describe, expect, it } from 'vitest';
import { serializeDesign } from '../domain/format/serializeDesign.ts';
import type { Design } from '../domain/model/design.ts';
import { createDesignStore } from '../store/designStore.ts';
import { sampleDesign } from '../store/testing/sampleDesign.ts';
import { readStored, recordOf } from './autosaveRecord.ts';
import { createAutosaver } from './autosave.ts';
import { CHANGE_KIND, logKey } from './changeLog.ts';
import { persistStateOf } from './persistState.ts';
import { readSaved, replaySlots } from './savedState.ts';
import { openAtStartup, type StartupSteps } from './startup.ts';
import { AUTOSAVE_KEY, PREVIOUS_KEY } from './slotStorage.ts';
import { memorySlots } from './testing/memorySlots.ts';

const mine = { ...sampleDesign(), name: 'My campus' };
const example = { ...sampleDesign(), name: 'The example' };
const linked = { ...sampleDesign(), name: 'From a link' };
const NOW = new Date('2030-01-02T03:04:05.000Z');

async function start(stored: Record<string, unknown>, address: { design?: Design; example?: boolean } = {}) {
  const store = createDesignStore();
  const slots = memorySlots(stored);
  const autosaver = createAutosaver(store, slots);
  let forgot = false;
  const steps: StartupSteps = {
    openFromAddress: async (openDefault) => (address.design ? store.getState().openDesign(address.design) : openDefault()),
    exampleRequested: !!address.example,
    openExample: async () => store.getState().loadDesign(example),
    forgetAddress: () => (forgot = true),
    now: () => NOW,
  };
  await openAtStartup(store, slots, autosaver, steps);
  await autosaver.flush();
  const saved = (await readSaved(slots)).state.design;
  return { store, slots, forgot, saved: saved?.name ?? 'none', persist: persistStateOf(store).getState() };
}

describe('start-up', () => {
  it('opens the example when nothing is stored, and starts saving it', async () => {
    const r = await start({});
    expect(r.store.getState().design?.name).toBe('The example');
    expect(r.saved).toBe('The example');
  });

  it('restores the autosaved design', async () => {
    const r = await start({ [AUTOSAVE_KEY]: recordOf(mine, 7) });
    expect(r.store.getState().design).toEqual(mine);
    expect(r.persist.status).toEqual({ kind: 'saved', at: 7 });
    expect(r.persist.notice).toBeNull();
  });

  it('lets a design in the address win, keeping the autosave it replaces as the previous design', async () => {
    const r = await start({ [AUTOSAVE_KEY]: recordOf(mine, 7) }, { design: linked });
    expect(r.store.getState().design?.name).toBe('From a link');
    expect(r.forgot).toBe(true);
    expect(r.saved).toBe('From a link');
    expect(readStored(r.slots.map.get(PREVIOUS_KEY))).toMatchObject({ kind: 'design', design: mine });
    expect(r.persist.notice).toEqual({ kind: 'kept-previous', name: 'My campus', savedAt: 7 });
  });

  it('opens the design the address names while storage is still being read, and keeps the autosave it replaces once read', async () => {
    const store = createDesignStore();
    const slots = memorySlots({ [AUTOSAVE_KEY]: recordOf(mine, 7) });
    const autosaver = createAutosaver(store, slots);
    let reading = true;
    let openedWhileReading = false;
    const held = new Promise<void>((resolve) => setTimeout(resolve, 0));
    await openAtStartup(store, slots, autosaver, {
      openFromAddress: async () => {
        openedWhileReading = reading;
        store.getState().openDesign(linked);
      },
      exampleRequested: false,
      openExample: async () => store.getState().loadDesign(example),
      forgetAddress: () => {},
      replay: async (stored) => {
        await held;
        reading = false;
        return replaySlots(stored);
      },
      now: () => NOW,
    });
    expect(openedWhileReading).toBe(true);
    await autosaver.flush();
    expect((await readSaved(slots)).state.design?.name).toBe('From a link');
    expect(readStored(slots.map.get(PREVIOUS_KEY))).toMatchObject({ kind: 'design', design: mine });
  });

  it('lets ?example= win over the autosave too', async () => {
    const r = await start({ [AUTOSAVE_KEY]: recordOf(mine, 7) }, { example: true });
    expect(r.store.getState().design?.name).toBe('The example');
    expect(r.forgot).toBe(true);
  });

  it('says nothing about a previous design when the link opens the very design stored', async () => {
    const r = await start({ [AUTOSAVE_KEY]: recordOf(mine, 7) }, { design: mine });
    expect(r.persist.notice).toBeNull();
    expect(r.slots.map.has(PREVIOUS_KEY)).toBe(false);
  });

  it('sets a damaged autosave aside under its own key, opens the example and says so', async () => {
    const damaged = { kind: 'fabric-designer-autosave', savedAt: 1, name: 'x', text: '{ not json' };
    const r = await start({ [AUTOSAVE_KEY]: damaged });
    const key = `damaged-${NOW.toISOString()}`;
    expect(r.slots.map.get(key)).toEqual(damaged);
    expect(r.store.getState().design?.name).toBe('The example');
    expect(r.persist.notice).toMatchObject({ kind: 'damaged', key });
  });

  it('replays the changes logged after the record', async () => {
    const change = { kind: CHANGE_KIND, revision: 8, savedAt: 9, change: { patch: { name: 'Renamed later' } } };
    const r = await start({ [AUTOSAVE_KEY]: recordOf(mine, 7, undefined, 7), [logKey(8)]: change });
    expect(r.store.getState().design).toEqual({ ...mine, name: 'Renamed later' });
    expect(r.persist.status).toEqual({ kind: 'saved', at: 9 });
    expect(r.persist.notice).toBeNull();
  });

  it('opens the design as saved before a damaged change, and sets the damaged changes aside', async () => {
    const good = { kind: CHANGE_KIND, revision: 8, savedAt: 9, change: { patch: { name: 'Renamed later' } } };
    const bad = { kind: CHANGE_KIND, revision: 9, savedAt: 10, change: { patch: { links: { order: ['ghost'], put: [] } } } };
    const record = recordOf(mine, 7, undefined, 7);
    const r = await start({ [AUTOSAVE_KEY]: record, [logKey(8)]: good, [logKey(9)]: bad });
    expect(r.store.getState().design?.name).toBe('Renamed later');
    const key = `damaged-${NOW.toISOString()}`;
    expect(r.slots.map.get(key)).toEqual({ record, changes: [bad] });
    expect(r.persist.notice).toMatchObject({ kind: 'damaged-changes', key });
    // the design as opened is written whole after the damaged change, so the next start reads it cleanly
    const again = await readSaved(r.slots);
    expect(again.state.damaged).toEqual([]);
    expect(again.state.design?.name).toBe('Renamed later');
  });

  it('turns autosave off rather than overwrite a damaged record it could not set aside', async () => {
    const store = createDesignStore();
    const slots = memorySlots({ [AUTOSAVE_KEY]: 'garbage' });
    slots.failWrites = true;
    const autosaver = createAutosaver(store, slots);
    await openAtStartup(store, slots, autosaver, {
      openFromAddress: (openDefault) => openDefault(),
      exampleRequested: false,
      openExample: async () => store.getState().loadDesign(example),
      forgetAddress: () => {},
    });
    slots.failWrites = false;
    await autosaver.flush();
    expect(slots.map.get(AUTOSAVE_KEY)).toBe('garbage');
    expect(persistStateOf(store).getState().status.kind).toBe('off');
  });

  it('saves nothing when the requested design failed to load', async () => {
    const store = createDesignStore();
    const slots = memorySlots({ [AUTOSAVE_KEY]: recordOf(mine, 7) });
    const autosaver = createAutosaver(store, slots);
    await openAtStartup(store, slots, autosaver, {
      openFromAddress: (openDefault) => openDefault(),
      exampleRequested: true,
      openExample: async () => store.getState().failLoad({ source: 'nope.fabric.json', problems: [] }),
      forgetAddress: () => {
        throw new Error('a failed address must stay in the address bar');
      },
    });
    await autosaver.flush();
    expect([...slots.map.keys()]).toEqual([AUTOSAVE_KEY]);
    expect(serializeDesign(mine)).toBe((slots.map.get(AUTOSAVE_KEY) as { text: string }).text);
  });
});
