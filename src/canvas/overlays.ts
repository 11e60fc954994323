/**
 * The selection and an ongoing drag laid over the derived nodes and edges. Only the nodes they
 * touch get new objects; a selected node keeps one object while it stays selected, so React Flow
 * re-renders what changed and nothing else (PERFORMANCE.md).
 */
import type { Edge, XYPosition } from '@xyflow/react';
import { withDescendants } from '../domain/edit/designEdits.ts';
import type { Design, LinkId, NodeId } from '../domain/model/design.ts';
import type { FabricFlowNode } from './flowTypes.ts';

/** Lifted above everything else while dragged. */
const DRAG_Z = 10;
const selectedNodes = new WeakMap<FabricFlowNode, FabricFlowNode>();
const selectedEdges = new WeakMap<Edge, Edge>();

export function withNodeOverlays(
  design: Design,
  nodes: FabricFlowNode[],
  selectedIds: readonly NodeId[],
  positions: ReadonlyMap<NodeId, XYPosition> | null,
): FabricFlowNode[] {
  if (!selectedIds.length && !positions) return nodes;
  const selected = new Set(selectedIds);
  const lifted = positions ? withDescendants(design, positions.keys()) : null;
  return nodes.map((node) => {
    const position = positions?.get(node.id);
    const isSelected = selected.has(node.id);
    if (position || lifted?.has(node.id)) {
      return { ...node, selected: isSelected, dragging: position !== undefined, ...(position ? { position } : {}), zIndex: (node.zIndex ?? 0) + DRAG_Z } as FabricFlowNode;
    }
    if (!isSelected) return node;
    let marked = selectedNodes.get(node);
    if (!marked) selectedNodes.set(node, (marked = { ...node, selected: true }));
    return marked;
  });
}

export function withEdgeSelection<E extends Edge>(edges: E[], selectedIds: readonly LinkId[]): E[] {
  if (!selectedIds.length) return edges;
  const selected = new Set(selectedIds);
  return edges.map((edge) => {
    if (!selected.has(edge.id)) return edge;
    let marked = selectedEdges.get(edge) as E | undefined;
    if (!marked) selectedEdges.set(edge, (marked = { ...edge, selected: true }));
    return marked;
  });
}
