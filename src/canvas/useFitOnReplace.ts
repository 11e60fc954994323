/**
 * When the open design is replaced (new design, import, example, generate), the view fits the new
 * one; an empty design starts at 100 %. Edits keep node ids, a replacement does not, which is how
 * the two are told apart.
 */
import { useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { Design } from '../domain/model/design.ts';

export function useFitOnReplace(design: Design): void {
  const { fitView, setViewport } = useReactFlow();
  const previous = useRef<Design | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = design;
    if (!before || before === design || !replaced(before, design)) return;
    if (design.nodes.length === 0) void setViewport({ x: 40, y: 40, zoom: 1 }, { duration: 200 });
    // after React Flow has measured the new nodes
    else requestAnimationFrame(() => void fitView({ padding: 0.08, maxZoom: 1, duration: 200 }));
  }, [design, fitView, setViewport]);
}

export function replaced(before: Design, after: Design): boolean {
  // from empty, a placement adds one node; a load brings many
  if (before.nodes.length === 0) return after.nodes.length > 1;
  if (after.nodes.length === 0) return true;
  const ids = new Set(before.nodes.map((n) => n.id));
  return !after.nodes.some((n) => ids.has(n.id));
}
