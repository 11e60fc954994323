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
import { replaced } from '../useFitOnReplace.ts';
import { collapsedAt, hallCosts } from './levelOfDetail.ts';

/** The view counts as resting after this long without a change, ms. */
const REST_MS = 150;

export function useCollapsed(design: Design, elements: FlowElements): ReadonlySet<NodeId> {
  const store = useStoreApi();
  const halls = useMemo(() => hallCosts(design, elements.rects), [design, elements.rects]);
  const [key, setKey] = useState('');
  const previous = useRef<Design | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = design;
    const choose = (state: ReactFlowState, settled: boolean) => {
      const [tx, ty, zoom] = state.transform;
      const view = settled ? { x: -tx / zoom, y: -ty / zoom, width: state.width / zoom, height: state.height / zoom } : { x: 0, y: 0, width: 0, height: 0 };
      setKey([...collapsedAt(design, halls, zoom, view)].sort().join('\n'));
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const chooseAtRest = () => {
      clearTimeout(timer);
      timer = setTimeout(() => choose(store.getState(), true), REST_MS);
    };
    const settled = before !== null && !replaced(before, design);
    choose(store.getState(), settled);
    if (!settled) chooseAtRest();
    const unsubscribe = store.subscribe((state, prev) => {
      if (state.transform !== prev.transform || state.width !== prev.width || state.height !== prev.height) chooseAtRest();
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [store, design, halls]);
  return useMemo(() => new Set(key ? key.split('\n') : []), [key]);
}
