/** Browser glue for autosave: IndexedDB, a compaction worker, the address bar, and a last write when the page goes away. */
import type { DesignStore } from '../store/designStore.ts';
import { createAutosaver, type SaveAnnouncer } from './autosave.ts';
import { designReader } from '../io/parseInWorker.ts';
import { compactInWorker } from './compactInWorker.ts';
import { indexedDbSlots } from './slotStorage.ts';
import { openAtStartup, type StartupSteps } from './startup.ts';

export async function startPersistence(store: DesignStore, steps: Omit<StartupSteps, 'forgetAddress'>): Promise<void> {
  const slots = indexedDbSlots();
  const autosaver = createAutosaver(store, slots, { compact: compactInWorker(), announcer: broadcastAnnouncer() });
  // every change is written at once; these make sure a write still pending goes out as the page goes away
  window.addEventListener('pagehide', () => void autosaver.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void autosaver.flush();
  });
  await openAtStartup(store, slots, autosaver, { replay: designReader.replaySaved, ...steps, forgetAddress });
}

/** Other tabs of this site hear of each save at once; without BroadcastChannel they find out at their next save. */
function broadcastAnnouncer(): SaveAnnouncer | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel('fabric-designer-autosave');
  return {
    saved: (revision) => channel.postMessage({ revision }),
    onSaved: (listener) =>
      channel.addEventListener('message', (event: MessageEvent<{ revision?: unknown }>) => {
        if (Number.isSafeInteger(event.data?.revision)) listener(event.data.revision as number);
      }),
  };
}

/** `?design=` and `?example=` leave the address once opened; other parameters and the fragment stay. */
function forgetAddress(): void {
  const url = new URL(window.location.href);
  url.searchParams.delete('design');
  url.searchParams.delete('example');
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
}
