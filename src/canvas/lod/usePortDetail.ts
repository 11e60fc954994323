/**
 * Which racks and switches show their port groups (levelOfDetail.ts, PORTS_FROM): the ones on screen
 * when the view rests zoomed in that far. Kept in the canvas UI store, so only the cards that gain or
 * lose their port panel re-render, and a pan frame runs nothing.
 */
import { useEffect, useMemo } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { NodeId } from '../../domain/model/design.ts';
import { canvasUi } from '../canvasUi.ts';
import type { Rect } from '../edgeGeometry.ts';
import type { FlowElements } from '../flowElementsOf.ts';
import { portDetailAt } from './levelOfDetail.ts';

/** The view counts as resting after this long without a change, ms. */
const REST_MS = 150;

export function usePortDetail(elements: FlowElements): void {
  const store = useStoreApi();
  const candidates = useMemo(() => {
    const withPorts = new Map<NodeId, Rect>();
    for (const node of elements.nodes) {
      const rect = elements.rects.get(node.id);
      if (rect && (node.type === 'switch' || (node.type === 'rack' && node.data.hasPorts))) withPorts.set(node.id, rect);
    }
    return withPorts;
  }, [elements]);
  useEffect(() => {
    const choose = () => {
      const { transform, width, height } = store.getState();
      const [tx, ty, zoom] = transform;
      canvasUi.getState().showPorts(portDetailAt(candidates, zoom, { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom }));
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    choose();
    const unsubscribe = store.subscribe((state, prev) => {
      if (state.transform === prev.transform && state.width === prev.width && state.height === prev.height) return;
      clearTimeout(timer);
      timer = setTimeout(choose, REST_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [store, candidates]);
}
