/** Slot storage in a Map, for tests; `failWrites` makes every write reject, as a full disk would. */
import type { SlotStorage } from '../slotStorage.ts';

export function memorySlots(initial: Record<string, unknown> = {}): SlotStorage & { readonly map: Map<string, unknown>; failWrites: boolean } {
  const map = new Map(Object.entries(initial));
  return {
    map,
    failWrites: false,
    get(key) {
      return Promise.resolve(map.get(key));
    },
    set(key, value) {
      if (this.failWrites) return Promise.reject(new Error('QuotaExceededError'));
      map.set(key, value);
      return Promise.resolve();
    },
  };
}
