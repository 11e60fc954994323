/**
 * Where autosaves live: a key-value store, IndexedDB in the browser (idb-keyval), a Map in tests.
 * Keys: the autosave itself, the design a link replaced, and damaged records set aside.
 */
import { createStore, get, set } from 'idb-keyval';

export interface SlotStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export const AUTOSAVE_KEY = 'autosave';
/** The autosave a design opened from a link replaced, so that following a link never loses work. */
export const PREVIOUS_KEY = 'previous';

/** A damaged record is copied here, named by when it was found, and never deleted by the app. */
export function damagedKey(now: Date): string {
  return `damaged-${now.toISOString()}`;
}

/** Database "fabric-designer", object store "designs". */
export function indexedDbSlots(): SlotStorage {
  const store = createStore('fabric-designer', 'designs');
  return {
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
  };
}
