/**
 * Undo history as patches (designPatch.ts), in a small store of its own so the toolbar can follow
 * whether there is anything to undo or redo. A step costs the size of its change, whatever the
 * design's size.
 */
import { createStore } from 'zustand/vanilla';
import type { Design } from '../domain/model/design.ts';
import { applyPatch, diffDesign, type DesignPatch } from './designPatch.ts';

export interface HistoryState {
  /** Oldest first; the last one undoes the latest edit. */
  readonly pastStates: readonly DesignPatch[];
  /** The last one redoes the latest undone edit. */
  readonly futureStates: readonly DesignPatch[];
  undo(): void;
  redo(): void;
  clear(): void;
}

export type PatchHistory = ReturnType<typeof createPatchHistory>;

/** `document` reads and writes the design the history belongs to; at most `limit` steps are kept. */
export function createPatchHistory(document: { get(): Design | null; set(design: Design): void }, limit: number) {
  const history = createStore<HistoryState>()((set, get) => {
    const step = (from: 'pastStates' | 'futureStates', to: 'pastStates' | 'futureStates', reverse: boolean) => {
      const patches = get()[from];
      const patch = patches.at(-1);
      const design = document.get();
      if (!patch || !design) return;
      document.set(applyPatch(design, patch, reverse));
      const moved = [...get()[to], patch];
      set(from === 'pastStates' ? { pastStates: patches.slice(0, -1), futureStates: moved } : { futureStates: patches.slice(0, -1), pastStates: moved });
    };
    return {
      pastStates: [],
      futureStates: [],
      undo: () => step('pastStates', 'futureStates', true),
      redo: () => step('futureStates', 'pastStates', false),
      clear: () => set({ pastStates: [], futureStates: [] }),
    };
  });
  return Object.assign(history, {
    /** Records the edit from `before` to `after` as one step (nothing when they are the same design). */
    record(before: Design, after: Design): void {
      const patch = diffDesign(before, after);
      if (!patch) return;
      history.setState({ pastStates: [...history.getState().pastStates, patch].slice(-limit), futureStates: [] });
    },
  });
}
