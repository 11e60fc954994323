/**
 * The view fits the first design and each one that replaces it (new design, import, example,
 * generate); an empty design starts at 100 %. Edits keep node ids, a replacement does not, which is how
 * the two are told apart.
 */
import { useEffect, useRef } from 'react';
import { getViewportForBounds, useReactFlow, useStoreApi, type ReactFlowState, type Viewport } from '@xyflow/react';
import { placedNodes } from '../domain/engine/placedNodes.ts';
import type { Design, NodeId } from '../domain/model/design.ts';
import type { Rect } from './edgeGeometry.ts';
import { flowElementsOf } from './flowElementsOf.ts';

/** Margin around a fitted design, as a share of the view (React Flow's fitView padding). */
export const FIT_PADDING = 0.08;
/** The canvas's usual zoom floor. */
const MIN_ZOOM = 0.05;
/** A design too big to fit at MIN_ZOOM lowers the floor until it fits in a view this small, px. */
const SMALLEST_FIT_PX = 320;

/** How far out the canvas may zoom: far enough to see the whole design (a 100k-GPU building is ~21,000 px tall). */
export function minZoomFor(rects: ReadonlyMap<NodeId, Rect>): number {
  const { width, height } = boundsOf(rects.values());
  const size = Math.max(width, height);
  return size > 0 ? Math.min(MIN_ZOOM, SMALLEST_FIT_PX / size) : MIN_ZOOM;
}

/** The view that fits laid-out boxes into a canvas of this size. */
export function fittedViewport(rects: ReadonlyMap<NodeId, Rect>, width: number, height: number): Viewport {
  return getViewportForBounds(boundsOf(rects.values()), width, height, minZoomFor(rects), 1, FIT_PADDING);
}

export function useFitOnReplace(design: Design): void {
  const { setViewport } = useReactFlow();
  const flow = useStoreApi();
  const previous = useRef<Design | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = design;
    if (before === design || (before && !replaced(before, design))) return;
    if (design.nodes.length === 0) {
      if (before) void setViewport({ x: 40, y: 40, zoom: 1 }, { duration: 200 });
      return;
    }
    // to the laid-out boxes, not to the nodes React Flow has measured so far: the level of detail
    // mounts and measures a big design's contents in steps (lod/useCollapsed.ts)
    const { rects } = flowElementsOf(design);
    const fit = (duration: number) => {
      const { width, height } = flow.getState();
      void setViewport(fittedViewport(rects, width, height), { duration });
    };
    if (ready(flow.getState())) return fit(before ? 200 : 0);
    // the first design can arrive before the canvas has its size
    const unsubscribe = flow.subscribe((state) => {
      if (!ready(state)) return;
      unsubscribe();
      fit(0);
    });
    return unsubscribe;
  }, [design, flow, setViewport]);
}

function ready(state: ReactFlowState): boolean {
  return state.width > 0 && state.height > 0 && state.panZoom !== null;
}

export function replaced(before: Design, after: Design): boolean {
  // from empty, a placement adds one node; a load brings many
  if (before.nodes.length === 0) return after.nodes.length > 1;
  if (after.nodes.length === 0) return true;
  if (before.nodes === after.nodes) return false;
  // an edit keeps most nodes: the first one looked up is almost always there
  const ids = placedNodes(before).nodes;
  return !after.nodes.some((n) => ids.has(n.id));
}

function boundsOf(rects: Iterable<Rect>): Rect {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rects) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.width);
    y1 = Math.max(y1, r.y + r.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
