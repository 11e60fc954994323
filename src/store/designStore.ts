/**
 * The one editor store: the design document (with undo history), why it failed to load, and what
 * the user selected. Actions are thin and speak the domain; the edits themselves are pure
 * functions in src/domain/edit, so every change here is one line of intent.
 */
import { createStore } from 'zustand/vanilla';
import * as edits from '../domain/edit/designEdits.ts';
import type { Design, DesignNode, LayoutEntry, LinkGroup, LinkId, NodeId, Settings } from '../domain/model/design.ts';
import type { Problem } from '../domain/format/problem.ts';
import { createPatchHistory } from './patchHistory.ts';

/** What the user points at: a link group, a node, or both (a finding about one end of a link). */
export interface Subject {
  readonly linkId?: LinkId;
  readonly nodeId?: NodeId;
}

/** Everything selected on the canvas (box select, shift-click); `selection` is the one the inspector shows. */
export interface SelectedSet {
  readonly nodeIds: readonly NodeId[];
  readonly linkIds: readonly LinkId[];
}

const NOTHING: SelectedSet = { nodeIds: [], linkIds: [] };

export interface LoadError {
  /** The file or address that failed. */
  readonly source: string;
  readonly problems: readonly Problem[];
}

/** Undo steps kept; each is a patch of what its edit changed (designPatch.ts). */
export const UNDO_LIMIT = 200;

export interface DesignState {
  readonly design: Design | null;
  readonly loadError: LoadError | null;
  readonly selection: Subject | null;
  readonly selected: SelectedSet;
  /** Replaces the open design as one undoable step (import, generate); the first design starts the history. */
  loadDesign(design: Design): void;
  /** Opens a design with a fresh history (start-up, restore, new design, open example). */
  openDesign(design: Design): void;
  failLoad(error: LoadError): void;
  dismissLoadError(): void;
  /** Selects one thing (or nothing): it becomes both the inspected subject and the whole selection. */
  select(subject: Subject | null): void;
  /** Sets the whole selection; the inspector shows the single item when there is exactly one. */
  selectMany(selected: SelectedSet): void;
  /** Any pure edit of the document as one undo step; a no-op edit records nothing. */
  edit(change: (design: Design) => Design): void;
  placeNodes(nodes: readonly DesignNode[], layout?: Readonly<Record<NodeId, LayoutEntry>>): void;
  updateNode(id: NodeId, patch: edits.NodePatch): void;
  removeNodes(ids: Iterable<NodeId>): void;
  connect(link: LinkGroup): void;
  updateLink(id: LinkId, patch: Partial<Omit<LinkGroup, 'id'>>): void;
  removeLinks(ids: Iterable<LinkId>): void;
  moveOnCanvas(entries: Readonly<Record<NodeId, LayoutEntry>>): void;
  updateSettings(patch: Partial<Settings>): void;
  setUnitPrice(item: string, price: number | null): void;
  renameDesign(name: string): void;
  /** A drag or other gesture is one undo step: call at its start, then `endGesture` at its end. */
  beginGesture(): void;
  endGesture(): void;
}

export type DesignStore = ReturnType<typeof createDesignStore>;

export function createDesignStore(initial?: { design?: Design }) {
  /** The design a gesture started from, while one lasts: its edits become one step at its end. */
  let gestureStart: Design | null | undefined;
  const store = createStore<DesignState>()((set, get) => {
    /** A change of the document: one undo step, unless a gesture is collecting them. */
    const commit = (design: Design) => {
      const before = get().design;
      set({ design });
      if (before && gestureStart === undefined) temporal.record(before, design);
    };
    const edit = (change: (design: Design) => Design) => {
      const { design } = get();
      if (!design) return;
      const next = change(design);
      if (next !== design) commit(next);
    };
    return {
      design: initial?.design ?? null,
      loadError: null,
      selection: null,
      selected: NOTHING,
      loadDesign: (design) => {
        set({ loadError: null, selection: null, selected: NOTHING });
        commit(design);
      },
      openDesign: (design) => {
        set({ design, loadError: null, selection: null, selected: NOTHING });
        temporal.getState().clear();
      },
      failLoad: (loadError) => set({ loadError }),
      dismissLoadError: () => set({ loadError: null }),
      select: (subject) => {
        const selection = subject && (subject.linkId || subject.nodeId) ? subject : null;
        const selected = selection?.linkId ? { nodeIds: [], linkIds: [selection.linkId] } : selection?.nodeId ? { nodeIds: [selection.nodeId], linkIds: [] } : NOTHING;
        set({ selection, selected });
      },
      selectMany: (selected) => {
        const count = selected.nodeIds.length + selected.linkIds.length;
        const only = count !== 1 ? null : selected.linkIds[0] ? { linkId: selected.linkIds[0] } : { nodeId: selected.nodeIds[0]! };
        set({ selected: count ? selected : NOTHING, selection: only });
      },
      edit,
      placeNodes: (nodes, layout) => edit((d) => edits.addNodes(d, nodes, layout)),
      updateNode: (id, patch) => edit((d) => edits.updateNode(d, id, patch)),
      removeNodes: (ids) => {
        edit((d) => edits.removeNodes(d, ids));
        set({ selection: null, selected: NOTHING });
      },
      connect: (link) => edit((d) => edits.addLinks(d, [link])),
      updateLink: (id, patch) => edit((d) => edits.updateLink(d, id, patch)),
      removeLinks: (ids) => {
        edit((d) => edits.removeLinks(d, ids));
        set({ selection: null, selected: NOTHING });
      },
      moveOnCanvas: (entries) => edit((d) => edits.setLayout(d, entries)),
      updateSettings: (patch) => edit((d) => edits.updateSettings(d, patch)),
      setUnitPrice: (item, price) => edit((d) => edits.setUnitPrice(d, item, price)),
      renameDesign: (name) => edit((d) => edits.renameDesign(d, name)),
      beginGesture: () => {
        if (gestureStart === undefined) gestureStart = get().design;
      },
      endGesture: () => {
        if (gestureStart === undefined) return;
        const before = gestureStart;
        gestureStart = undefined;
        const after = get().design;
        if (before && after) temporal.record(before, after);
      },
    };
  });
  const temporal = createPatchHistory({ get: () => store.getState().design, set: (design) => store.setState({ design }) }, UNDO_LIMIT);
  return Object.assign(store, { temporal });
}

export function undo(store: DesignStore): void {
  store.temporal.getState().undo();
}

export function redo(store: DesignStore): void {
  store.temporal.getState().redo();
}
