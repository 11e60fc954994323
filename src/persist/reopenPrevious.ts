/** Reopens the autosave a link's design replaced at start-up, as an undoable step. */
import type { DesignStore } from '../store/designStore.ts';
import { readStored } from './autosaveRecord.ts';
import { persistStateOf } from './persistState.ts';
import { PREVIOUS_KEY } from './slotStorage.ts';

/** True when the previous design opened; otherwise the notice says why. */
export async function reopenPrevious(store: DesignStore): Promise<boolean> {
  const persist = persistStateOf(store);
  const { slots } = persist.getState();
  const stored = slots ? readStored(await slots.get(PREVIOUS_KEY).catch(() => undefined)) : { kind: 'none' as const };
  if (stored.kind !== 'design') {
    persist.setState({ status: { kind: 'failed', message: 'The previous design could not be read back from this browser' } });
    return false;
  }
  store.getState().loadDesign(stored.design);
  persist.setState({ notice: null });
  return true;
}
