/**
 * Slot storage in a Map, for tests; `failWrites` makes every write fail as a full disk does. A
 * transaction sees its own writes and lands all of them or none; transactions run one at a time.
 */
import type { SlotStorage, SlotTransaction } from '../slotStorage.ts';

export function memorySlots(initial: Record<string, unknown> = {}): SlotStorage & { readonly map: Map<string, unknown>; failWrites: boolean } {
  const map = new Map(Object.entries(initial));
  let queue: Promise<unknown> = Promise.resolve();
  const slots = {
    map,
    failWrites: false,
    transact<T>(work: (tx: SlotTransaction) => Promise<T>): Promise<T> {
      const run = async () => {
        const pending = new Map(map);
        const result = await work({
          get: async (key) => structuredClone(pending.get(key)),
          set: (key, value) => void pending.set(key, structuredClone(value)),
          delete: (key) => void pending.delete(key),
          keys: async (prefix) => [...pending.keys()].filter((k) => k.startsWith(prefix)).sort(),
        });
        const changed = pending.size !== map.size || [...pending].some(([k, v]) => map.get(k) !== v);
        if (changed && slots.failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        map.clear();
        for (const [k, v] of pending) map.set(k, v);
        return result;
      };
      const result = queue.then(run);
      queue = result.catch(() => {});
      return result;
    },
    get: (key: string) => slots.transact((tx) => tx.get(key)),
    set: (key: string, value: unknown) => slots.transact(async (tx) => tx.set(key, value)),
  };
  return slots;
}
