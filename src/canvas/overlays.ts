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
/** What a node holds that is lifted with it, by the node moving it: the same objects every drag frame. */
const liftedNodes = new WeakMap<FabricFlowNode, FabricFlowNode>();
/** The dragged nodes and what they hold, worked out once per drag (per design and dragged set), not per frame. */
let liftedIds: { design: Design; key: string; ids: ReadonlySet<NodeId> } | null = null;
const selectedEdges = new WeakMap<Edge, Edge>();

export function withNodeOverlays(
  design: Design,
  nodes: FabricFlowNode[],
  selectedIds: readonly NodeId[],
  positions: ReadonlyMap<NodeId, XYPosition> | null,
): FabricFlowNode[] {
  if (!selectedIds.length && !positions) return nodes;
  const selected = new Set(selectedIds);
  const lifted = positions ? liftedBy(design, positions) : null;
  return nodes.map((node) => {
    const position = positions?.get(node.id);
    const isSelected = selected.has(node.id);
    if (position) return { ...node, selected: isSelected, dragging: true, position, zIndex: (node.zIndex ?? 0) + DRAG_Z } as FabricFlowNode;
    if (lifted?.has(node.id)) {
      let held = liftedNodes.get(node);
      if (held?.selected !== isSelected) liftedNodes.set(node, (held = { ...node, selected: isSelected, dragging: false, zIndex: (node.zIndex ?? 0) + DRAG_Z } as FabricFlowNode));
      return held;
    }
    if (!isSelected) return node;
    let marked = selectedNodes.get(node);
    if (!marked) selectedNodes.set(node, (marked = { ...node, selected: true }));
    return marked;
  });
}

function liftedBy(design: Design, positions: ReadonlyMap<NodeId, XYPosition>): ReadonlySet<NodeId> {
  const key = [...positions.keys()].join('\n');
  if (liftedIds?.design !== design || liftedIds.key !== key) liftedIds = { design, key, ids: withDescendants(design, positions.keys()) };
  return liftedIds.ids;
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
