/** The one editor store: the design document, why it failed to load, and what the user selected. */
import { createStore } from 'zustand/vanilla';
import type { Design, LinkId, NodeId } from '../domain/model/design.ts';
import type { Problem } from '../domain/format/problem.ts';

/** What the user points at: a link group, a node, or both (a finding about one end of a link). */
export interface Subject {
  readonly linkId?: LinkId;
  readonly nodeId?: NodeId;
}

export interface LoadError {
  /** The file or address that failed. */
  readonly source: string;
  readonly problems: readonly Problem[];
}

export interface DesignState {
  readonly design: Design | null;
  readonly loadError: LoadError | null;
  readonly selection: Subject | null;
  loadDesign(design: Design): void;
  failLoad(error: LoadError): void;
  select(subject: Subject | null): void;
}

export type DesignStore = ReturnType<typeof createDesignStore>;

export function createDesignStore(initial?: { design?: Design }) {
  return createStore<DesignState>()((set) => ({
    design: initial?.design ?? null,
    loadError: null,
    selection: null,
    loadDesign: (design) => set({ design, loadError: null, selection: null }),
    failLoad: (loadError) => set({ loadError }),
    select: (subject) => set({ selection: subject && (subject.linkId || subject.nodeId) ? subject : null }),
  }));
}
