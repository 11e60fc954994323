/**
 * Which design the app opens with: one named in the address (a share link, `?design=`,
 * `?example=`) wins; else the autosaved design; else the default example. Autosave starts only
 * once that is settled, and what storage holds is never lost on the way: a damaged record is set
 * aside under its own key, and an autosave replaced by a link's design is kept as the previous one.
 */
import { serializeDesign } from '../domain/format/serializeDesign.ts';
import type { DesignStore } from '../store/designStore.ts';
import { readStored, type StoredDesign } from './autosaveRecord.ts';
import type { Autosaver } from './autosave.ts';
import { persistStateOf } from './persistState.ts';
import { AUTOSAVE_KEY, damagedKey, PREVIOUS_KEY, type SlotStorage } from './slotStorage.ts';

export interface StartupSteps {
  /** Opens the design the address names, or calls `openDefault` when it names none or that fails. */
  readonly openFromAddress: (openDefault: () => Promise<void>) => Promise<void>;
  /** The address asked for a bundled example (`?example=`): that is explicit too, so it beats the autosave. */
  readonly exampleRequested: boolean;
  /** Opens the requested example, or the default one. */
  readonly openExample: () => Promise<void>;
  /** Drops the design named in the address, so that a reload shows the design as edited since. */
  readonly forgetAddress: () => void;
  readonly now?: () => Date;
}

type Source = 'address' | 'autosave' | 'example';

export async function openAtStartup(store: DesignStore, slots: SlotStorage, autosaver: Autosaver, steps: StartupSteps): Promise<void> {
  const now = steps.now ?? (() => new Date());
  persistStateOf(store).setState({ slots });
  const read = await readSlot(slots);
  const stored = read.stored;
  let source = 'address' as Source; // the callback below may change it
  await steps.openFromAddress(async () => {
    if (steps.exampleRequested) return steps.openExample();
    if (stored.kind === 'design') {
      source = 'autosave';
      store.getState().openDesign(stored.design);
      return;
    }
    source = 'example';
    return steps.openExample();
  });

  const { design, loadError } = store.getState();
  const opened = design !== null && loadError === null;
  if (source === 'address' && opened) steps.forgetAddress();

  if (read.failure) {
    autosaver.turnOff(`This browser's storage could not be read (${read.failure}); autosave is off so that nothing stored is overwritten`);
    return;
  }
  if (stored.kind === 'damaged') {
    const key = damagedKey(now());
    if (!(await keep(slots, key, read.raw))) {
      autosaver.turnOff('The autosaved design is damaged and could not be set aside; autosave is off so that it is not overwritten');
      return;
    }
    persistStateOf(store).setState({ notice: { kind: 'damaged', key, problems: stored.problems, raw: read.raw } });
  }
  if (stored.kind === 'design' && source !== 'autosave' && opened && serializeDesign(design) !== stored.record.text) {
    if (!(await keep(slots, PREVIOUS_KEY, stored.record))) {
      autosaver.turnOff(`Could not keep the autosaved design "${stored.record.name}" aside; autosave is off so that it is not overwritten`);
      return;
    }
    persistStateOf(store).setState({ notice: { kind: 'kept-previous', name: stored.record.name, savedAt: stored.record.savedAt } });
  }
  autosaver.start(source === 'autosave' && stored.kind === 'design' ? stored.record : null);
}

async function readSlot(slots: SlotStorage): Promise<{ stored: StoredDesign; raw: unknown; failure: string | null }> {
  try {
    const raw = await slots.get(AUTOSAVE_KEY);
    return { stored: readStored(raw), raw, failure: null };
  } catch (err) {
    return { stored: { kind: 'none' }, raw: undefined, failure: err instanceof Error ? err.message : String(err) };
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
