/**
 * Where autosaves live: a key-value store, IndexedDB in the browser, a Map in tests. Keys: the
 * autosave record, its change log, earlier revisions, copies kept from another tab's conflict, the
 * design a link replaced, and damaged records set aside. A transaction is atomic across tabs and
 * workers: IndexedDB runs overlapping read-write transactions on one store one after the other.
 */
export interface SlotTransaction {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  /** The keys that start with `prefix`, in order. */
  keys(prefix: string): Promise<string[]>;
}

export interface SlotStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  /**
   * Runs `work` in one read-write transaction and resolves once it is stored (`durable`: flushed to
   * disk, so that it survives the machine dying). Inside, await only the transaction's own requests.
   */
  transact<T>(work: (tx: SlotTransaction) => Promise<T>, durable?: boolean): Promise<T>;
}

export const AUTOSAVE_KEY = 'autosave';
/** The autosave a design opened from a link replaced, so that following a link never loses work. */
export const PREVIOUS_KEY = 'previous';

/** A damaged record is copied here, named by when it was found, and never deleted by the app. */
export function damagedKey(now: Date): string {
  return `damaged-${now.toISOString()}`;
}

const DATABASE = 'fabric-designer';
const STORE = 'designs';

/** Database "fabric-designer", object store "designs" (keys as above, values as stored). */
export function indexedDbSlots(factory: IDBFactory = indexedDB): SlotStorage {
  let opened: Promise<IDBDatabase> | undefined;
  const database = () =>
    (opened ??= new Promise((resolve, reject) => {
      const request = factory.open(DATABASE);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    }));
  const transact = async <T>(work: (tx: SlotTransaction) => Promise<T>, durable = false): Promise<T> => {
    const tx = (await database()).transaction(STORE, 'readwrite', { durability: durable ? 'strict' : 'default' });
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new Error('the browser cancelled the write'));
    });
    const store = tx.objectStore(STORE);
    const prefixed = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);
    try {
      const result = await work({
        get: (key) => requested(store.get(key)),
        set: (key, value) => void store.put(value, key),
        delete: (key) => void store.delete(key),
        keys: async (prefix) => (await requested(store.getAllKeys(prefixed(prefix)))).map(String),
      });
      tx.commit();
      await done;
      return result;
    } catch (err) {
      if (!tx.error) abortQuietly(tx);
      await done.catch(() => {});
      throw err;
    }
  };
  return {
    get: (key) => transact((tx) => tx.get(key)),
    set: (key, value) => transact(async (tx) => tx.set(key, value)),
    transact,
  };
}

function requested<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function abortQuietly(tx: IDBTransaction): void {
  try {
    tx.abort();
  } catch {
    // already finished
  }
}
