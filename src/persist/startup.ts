/**
 * Which design the app opens with: one named in the address (a share link, `?design=`,
 * `?example=`) wins; else the autosaved design (the record with its change log replayed); else the
 * default example. Autosave starts only once that is settled, and what storage holds is never lost
 * on the way: a damaged record or damaged changes are set aside under their own key, and an
 * autosave replaced by a link's design is kept as the previous one.
 */
import { serializeDesign } from '../domain/format/serializeDesign.ts';
import type { Design } from '../domain/model/design.ts';
import type { DesignStore } from '../store/designStore.ts';
import { recordOf } from './autosaveRecord.ts';
import type { Autosaver } from './autosave.ts';
import { persistStateOf } from './persistState.ts';
import { readSlots, replaySlots, type Saved, type StoredSlots } from './savedState.ts';
import { damagedKey, PREVIOUS_KEY, type SlotStorage } from './slotStorage.ts';

export interface StartupSteps {
  /** Opens the design the address names, or calls `openDefault` when it names none or that fails. */
  readonly openFromAddress: (openDefault: () => Promise<void>) => Promise<void>;
  /** The address asked for a bundled example (`?example=`): that is explicit too, so it beats the autosave. */
  readonly exampleRequested: boolean;
  /** Opens the requested example, or the default one. */
  readonly openExample: () => Promise<void>;
  /** Drops the design named in the address, so that a reload shows the design as edited since. */
  readonly forgetAddress: () => void;
  /** Replays the stored record's change log (the page does it in a worker); on the spot by default. */
  readonly replay?: (slots: StoredSlots) => Promise<Saved>;
  /** Derives the autosaved design's first view before it opens (io/prepareView.ts); nothing by default. */
  readonly prepareView?: (design: Design) => Promise<void>;
  readonly now?: () => Date;
}

type Source = 'address' | 'autosave' | 'example';

export async function openAtStartup(store: DesignStore, slots: SlotStorage, autosaver: Autosaver, steps: StartupSteps): Promise<void> {
  const now = steps.now ?? (() => new Date());
  const persist = persistStateOf(store);
  persist.setState({ slots, autosaver });
  // read while the address's design is read and opened: nothing is written before both are done
  const reading = readSlot(slots, steps.replay ?? (async (stored) => replaySlots(stored)));
  let source = 'address' as Source; // the callback below may change it
  await steps.openFromAddress(async () => {
    if (steps.exampleRequested) return steps.openExample();
    const stored = (await reading).saved?.state.design ?? null;
    if (stored) {
      source = 'autosave';
      await steps.prepareView?.(stored);
      store.getState().openDesign(stored);
      return;
    }
    source = 'example';
    return steps.openExample();
  });

  const read = await reading;
  const saved = read.saved;
  const stored = saved?.state.design ?? null;
  const { design, loadError } = store.getState();
  const opened = design !== null && loadError === null;
  if (source === 'address' && opened) steps.forgetAddress();

  if (!saved) {
    autosaver.turnOff(`This browser's storage could not be read (${read.failure}); autosave is off so that nothing stored is overwritten`);
    return;
  }
  if (saved.record.kind === 'damaged' && !stored) {
    const key = damagedKey(now());
    if (!(await keep(slots, key, saved.raw))) {
      autosaver.turnOff('The autosaved design is damaged and could not be set aside; autosave is off so that it is not overwritten');
      return;
    }
    persist.setState({ notice: { kind: 'damaged', key, problems: saved.record.problems, raw: saved.raw } });
  }
  const damagedChanges = saved.state.damaged.length > 0;
  if (damagedChanges) {
    const key = damagedKey(now());
    const raw = { record: saved.raw, changes: saved.state.damaged };
    if (!(await keep(slots, key, raw))) {
      autosaver.turnOff('Some saved changes could not be read or set aside; autosave is off so that they are not overwritten');
      return;
    }
    persist.setState({ notice: { kind: 'damaged-changes', key, raw } });
  }
  if (stored && source !== 'autosave' && opened && serializeDesign(design) !== serializeDesign(stored)) {
    const previous = recordOf(stored, saved.state.savedAt);
    if (!(await keep(slots, PREVIOUS_KEY, previous))) {
      autosaver.turnOff(`Could not keep the autosaved design "${previous.name}" aside; autosave is off so that it is not overwritten`);
      return;
    }
    persist.setState({ notice: { kind: 'kept-previous', name: previous.name, savedAt: previous.savedAt } });
  }
  // the design storage holds is the base of the next change; anything else is written whole first
  const base = source === 'autosave' && !damagedChanges ? store.getState().design : null;
  autosaver.start({ revision: saved.head, base, savedAt: saved.state.savedAt });
}

async function readSlot(slots: SlotStorage, replay: (stored: StoredSlots) => Promise<Saved>): Promise<{ saved: Saved; failure: null } | { saved: null; failure: string }> {
  try {
    return { saved: await replay(await slots.transact(readSlots)), failure: null };
  } catch (err) {
    return { saved: null, failure: err instanceof Error ? err.message : String(err) };
  }
}

async function keep(slots: SlotStorage, key: string, value: unknown): Promise<boolean> {
  try {
    await slots.set(key, value);
    return true;
  } catch {
    return false;
  }
}
