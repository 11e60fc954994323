/**
 * What a tab can do once another tab saved the design since this one read it (the autosave
 * status is "conflict" and nothing is written meanwhile): open the newer design, keep this one as a
 * copy first (listed under Restore earlier version), or overwrite the other tab's save knowingly
 * (which then stays as an earlier revision). Nothing either tab made is lost on any of the three.
 */
import { recordOf } from './autosaveRecord.ts';
import type { DesignStore } from '../store/designStore.ts';
import { copyKey } from './earlierVersions.ts';
import { persistStateOf } from './persistState.ts';
import { readSaved } from './savedState.ts';
import { saveFailure } from './saveFailure.ts';

/** Opens the design as storage now holds it; true when it opened. */
export async function openNewer(store: DesignStore): Promise<boolean> {
  const persist = persistStateOf(store);
  const { slots, autosaver } = persist.getState();
  if (!slots || !autosaver) return false;
  const saved = await readSaved(slots).catch(() => null);
  const design = saved?.state.design;
  if (!saved || !design) {
    persist.setState({ status: { kind: 'failed', message: 'The newer design could not be read back from this browser; export this one to keep it' } });
    return false;
  }
  store.getState().openDesign(design);
  autosaver.resume({ revision: saved.head, base: design, savedAt: saved.state.savedAt });
  return true;
}

/** Keeps the open design under its own key, then opens the newer one. */
export async function keepAsCopy(store: DesignStore, now = new Date()): Promise<boolean> {
  const persist = persistStateOf(store);
  const { slots } = persist.getState();
  const design = store.getState().design;
  if (!slots || !design) return false;
  try {
    await slots.set(copyKey(now), recordOf(design, now.getTime()));
  } catch (err) {
    persist.setState({ status: saveFailure(err) });
    return false;
  }
  return openNewer(store);
}

export async function overwriteOther(store: DesignStore): Promise<void> {
  await persistStateOf(store).getState().autosaver?.overwrite();
}
