/**
 * Saves the open design as the user works: after each change settles (debounced), on the design
 * object's identity (the store replaces it on every edit), one write at a time, in order.
 */
import { serializeDesign } from '../domain/format/serializeDesign.ts';
import type { Design } from '../domain/model/design.ts';
import type { DesignStore } from '../store/designStore.ts';
import { recordOf } from './autosaveRecord.ts';
import { persistStateOf, type AutosaveStatus } from './persistState.ts';
import { decideSave } from './saveDecision.ts';
import { AUTOSAVE_KEY, type SlotStorage } from './slotStorage.ts';

export const AUTOSAVE_DELAY_MS = 500;

export interface Autosaver {
  /** Start-up has finished: from now on changes are saved; `stored` is what storage already holds of the open design. */
  start(stored: { readonly text: string; readonly savedAt: number } | null): void;
  /** Autosave stays off (something in storage must be kept); says why in the status. */
  turnOff(message: string): void;
  /** Writes a pending change now (page hidden, tests); resolves when storage has it. */
  flush(): Promise<void>;
  stop(): void;
}

interface Options {
  readonly delayMs?: number;
  readonly now?: () => number;
  readonly serialize?: (design: Design) => string;
}

export function createAutosaver(store: DesignStore, slots: SlotStorage, options: Options = {}): Autosaver {
  const { delayMs = AUTOSAVE_DELAY_MS, now = Date.now, serialize = serializeDesign } = options;
  const persist = persistStateOf(store);
  const setStatus = (status: AutosaveStatus) => persist.setState({ status });
  let started = false;
  let off = false;
  let lastSavedText: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();

  const save = async () => {
    if (off) return;
    const { design, loadError } = store.getState();
    const decision = decideSave({ started, design, loadFailed: loadError !== null, lastSavedText }, serialize);
    if (!decision.save) {
      if (decision.reason === 'unserializable') setStatus({ kind: 'failed', message: `Could not write the design (${decision.message}); the previous save is kept` });
      if (decision.reason === 'empty') setStatus({ kind: 'empty' });
      return;
    }
    const savedAt = now();
    try {
      await slots.set(AUTOSAVE_KEY, recordOf(design!, savedAt, decision.text));
      lastSavedText = decision.text;
      setStatus({ kind: 'saved', at: savedAt });
    } catch (err) {
      setStatus({ kind: 'failed', message: `Could not save in this browser: ${err instanceof Error ? err.message : String(err)}` });
    }
  };
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    writing = writing.then(save);
    return writing;
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), delayMs);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.design !== previous.design) schedule();
  });

  return {
    start: (stored) => {
      started = true;
      lastSavedText = stored?.text ?? null;
      if (!off) setStatus(stored ? { kind: 'saved', at: stored.savedAt } : { kind: 'idle' });
      // what start-up opened (a link, an example) is saved too, unless storage already holds it
      schedule();
    },
    turnOff: (message) => {
      off = true;
      clearTimeout(timer);
      setStatus({ kind: 'off', message });
    },
    flush,
    stop: () => {
      clearTimeout(timer);
      unsubscribe();
    },
  };
}
