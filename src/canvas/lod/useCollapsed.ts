/**
 * Which buildings and halls the canvas draws as summary cards right now (levelOfDetail.ts), from
 * the zoom and the part of the canvas on screen. Chosen again when the view comes to rest, not per
 * frame, and when the design changes; React state changes only when the chosen set does. The
 * first design and a replaced one (import, generate) start fully collapsed until the view fitted to
 * them has settled: their first view mounts cards, not every rack, and the fit sees every card
 * measured at once (React Flow fits to the nodes it has measured).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import type { Design, NodeId } from '../../domain/model/design.ts';
import type { FlowElements } from '../flowElementsOf.ts';
import { fittedViewport, replaced } from '../useFitOnReplace.ts';
import { collapsedAt, hallCosts } from './levelOfDetail.ts';

/** The view counts as resting after this long without a change, ms. */
const REST_MS = 150;
/** The view before it has settled: nothing on screen opens. */
const NOWHERE = { x: 0, y: 0, width: 0, height: 0 };
const keyOf = (ids: ReadonlySet<NodeId>) => [...ids].sort().join('\n');

export function useCollapsed(design: Design, elements: FlowElements): ReadonlySet<NodeId> {
  const store = useStoreApi();
  const halls = useMemo(() => hallCosts(design, elements.rects), [design, elements.rects]);
  const [chosen, setChosen] = useState<{ design: Design | null; key: string }>({ design: null, key: '' });
  // a first or replaced design renders collapsed from its very first commit: mounting every rack
  // for one commit is the longest task of opening a big design
  const fresh = chosen.design === null || (chosen.design !== design && replaced(chosen.design, design));
  // at the zoom it will be fitted to: the old view's zoom chose another level, drawn for a moment and then replaced
  const freshKey = useMemo(
    () => (fresh ? keyOf(collapsedAt(design, halls, fittedTransform(store.getState(), design, elements.rects)[2], NOWHERE)) : ''),
    [fresh, design, halls, store, elements.rects],
  );
  const key = fresh ? freshKey : chosen.key;
  const previous = useRef<Design | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = design;
    const choose = (state: ReactFlowState, settled: boolean, at: readonly [number, number, number] = state.transform) => {
      const [tx, ty, zoom] = at;
      const view = settled ? { x: -tx / zoom, y: -ty / zoom, width: state.width / zoom, height: state.height / zoom } : NOWHERE;
      const key = keyOf(collapsedAt(design, halls, zoom, view));
      // the same choice for the same design (an edit) changes no state, so it costs no render
      setChosen((prev) => (prev.key === key && prev.design !== null && !replaced(prev.design, design) ? prev : { design, key }));
    };
    const settled = before !== null && !replaced(before, design);
    // until the view moves, a replaced design is seen as it will be once fitted: on a busy page the
    // rest timer can fire before the fit's animation starts, and the old view would open racks
    let moved = settled;
    const atRest = (state: ReactFlowState) => choose(state, true, moved ? state.transform : fittedTransform(state, design, elements.rects));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const chooseAtRest = () => {
      clearTimeout(timer);
      timer = setTimeout(() => atRest(store.getState()), REST_MS);
    };
    const now = store.getState();
    choose(now, settled, settled ? now.transform : fittedTransform(now, design, elements.rects));
    if (!settled) chooseAtRest();
    const unsubscribe = store.subscribe((state, prev) => {
      if (state.transform !== prev.transform) moved = true;
      if (state.transform !== prev.transform || state.width !== prev.width || state.height !== prev.height) chooseAtRest();
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [store, design, halls, elements.rects]);
  return useMemo(() => new Set(key ? key.split('\n') : []), [key]);
}

/** The view a design is shown in once fitted; the current one while the canvas has no size yet. */
function fittedTransform(state: ReactFlowState, design: Design, rects: FlowElements['rects']): readonly [number, number, number] {
  if (design.nodes.length === 0 || state.width === 0 || state.height === 0) return state.transform;
  const fitted = fittedViewport(rects, state.width, state.height);
  return [fitted.x, fitted.y, fitted.zoom];
}
