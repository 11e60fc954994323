/**
 * Canvas state that is not the document and not history: where a drag would land, which node is
 * being renamed, whether positions snap, which cards show their ports, where the run labels sit. One small store, read by each node through a narrow
 * selector, so a drag frame re-renders the one or two nodes whose highlight changed.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { NodeId } from '../domain/model/design.ts';
import type { RunLabelSpot } from './lod/runLabelPlacement.ts';

export interface DropHint {
  /** The container that would take the drop, or the one that refuses it (null: the campus). */
  readonly targetId: NodeId | null;
  readonly ok: boolean;
  /** "Into Hall A1 at row 2, slot 5" or the refusal's reason. */
  readonly message: string;
}

export interface CanvasUiState {
  readonly dropHint: DropHint | null;
  readonly renamingId: NodeId | null;
  readonly snapToGrid: boolean;
  /** The racks and switches drawn with their port groups (lod/usePortDetail.ts). */
  readonly portDetail: ReadonlySet<NodeId>;
  /** Where each run's label sits, null where it has no room (lod/useRunLabels.ts); a run not in it is not placed yet. */
  readonly runLabels: ReadonlyMap<string, RunLabelSpot | null>;
  setDropHint(hint: DropHint | null): void;
  showPorts(ids: ReadonlySet<NodeId>): void;
  placeRunLabels(spots: ReadonlyMap<string, RunLabelSpot | null>): void;
  startRename(id: NodeId | null): void;
  toggleSnap(): void;
}

export const canvasUi = createStore<CanvasUiState>()((set, get) => ({
  dropHint: null,
  renamingId: null,
  snapToGrid: true,
  portDetail: new Set(),
  runLabels: new Map(),
  setDropHint: (hint) => {
    const now = get().dropHint;
    if (now === hint || (now && hint && now.targetId === hint.targetId && now.ok === hint.ok && now.message === hint.message)) return;
    set({ dropHint: hint });
  },
  startRename: (renamingId) => set({ renamingId }),
  toggleSnap: () => set({ snapToGrid: !get().snapToGrid }),
  showPorts: (ids) => {
    const now = get().portDetail;
    if (now.size !== ids.size || [...ids].some((id) => !now.has(id))) set({ portDetail: ids });
  },
  placeRunLabels: (spots) => {
    // a spot that did not move stays the same object, so its run does not re-render
    const now = get().runLabels;
    const next = new Map([...spots].map(([id, spot]) => [id, sameSpot(now.get(id), spot) ? now.get(id)! : spot] as const));
    if (next.size !== now.size || [...next].some(([id, spot]) => now.get(id) !== spot)) set({ runLabels: next });
  },
}));

function sameSpot(p: RunLabelSpot | null | undefined, q: RunLabelSpot | null): boolean {
  return p === q || (!!p && !!q && p.t === q.t && p.dx === q.dx && p.dy === q.dy && p.count === q.count);
}

export function useCanvasUi<T>(selector: (state: CanvasUiState) => T): T {
  return useStore(canvasUi, selector);
}

/** How a container shows the drop in progress: it takes it, it refuses it, or it is not involved. */
export function useDropRole(id: NodeId): 'target' | 'refused' | null {
  return useCanvasUi((s) => (s.dropHint?.targetId === id ? (s.dropHint.ok ? 'target' : 'refused') : null));
}
