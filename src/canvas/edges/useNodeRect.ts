/**
 * A mounted node's rectangle, for the runs that end at it. Read from React Flow's store with a
 * selector that keeps only the rectangle: a run re-renders when its end moves or resizes, not when
 * the node's data or selection changes (useInternalNode would hand it every new node object).
 */
import { useCallback } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import type { Rect } from '../edgeGeometry.ts';

export function useNodeRect(id: string): Rect | null {
  const select = useCallback((s: ReactFlowState): Rect | null => {
    const node = s.nodeLookup.get(id);
    if (!node) return null;
    const { x, y } = node.internals.positionAbsolute;
    return { x, y, width: node.measured.width ?? node.width ?? 0, height: node.measured.height ?? node.height ?? 0 };
  }, [id]);
  return useStore(select, sameRect);
}

function sameRect(p: Rect | null, q: Rect | null): boolean {
  return p === q || (!!p && !!q && p.x === q.x && p.y === q.y && p.width === q.width && p.height === q.height);
}
