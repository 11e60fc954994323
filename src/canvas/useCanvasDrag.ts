/**
 * Dragging nodes: the whole drag is one undo step (beginGesture/endGesture). While dragging, racks
 * and switches snap to the floor cell under them and containers light up as drop targets (or refuse,
 * with the reason); on release every dragged node goes into its new container and cell, and the
 * engine re-measures. The document is not written mid-drag: a hall growing under the pointer would
 * move the very target the user is aiming at.
 */
import { useCallback, useRef, useState } from 'react';
import { useReactFlow, type OnNodeDrag, type XYPosition } from '@xyflow/react';
import type { Design, NodeId } from '../domain/model/design.ts';
import { useDesignStoreApi } from '../store/designStoreContext.ts';
import { canvasUi } from './canvasUi.ts';
import { applyMoves, planDrop, type DraggedNode, type DropPlan } from './dropPlan.ts';
import { cellOrigin } from './floorGrid.ts';
import { flowElementsOf, type FlowElements } from './flowElementsOf.ts';
import type { FabricFlowNode } from './flowTypes.ts';
import { placeText } from './toFlowNodes.ts';

interface Gesture {
  readonly start: Design;
}

export interface CanvasDrag {
  /** Where dragged nodes are drawn (relative to their container), while a drag lasts. */
  readonly positions: ReadonlyMap<NodeId, XYPosition> | null;
  readonly onNodeDragStart: OnNodeDrag<FabricFlowNode>;
  readonly onNodeDrag: OnNodeDrag<FabricFlowNode>;
  readonly onNodeDragStop: OnNodeDrag<FabricFlowNode>;
}

export function useCanvasDrag(notify: (message: string) => void): CanvasDrag {
  const store = useDesignStoreApi();
  const { screenToFlowPosition } = useReactFlow();
  const gesture = useRef<Gesture | null>(null);
  const [positions, setPositions] = useState<ReadonlyMap<NodeId, XYPosition> | null>(null);

  const measure = useCallback(
    (event: MouseEvent | TouchEvent, node: FabricFlowNode, nodes: readonly FabricFlowNode[]) => {
      const g = gesture.current;
      const design = store.getState().design;
      if (!g || !design) return null;
      const elements = flowElementsOf(design);
      const pointer = screenToFlowPosition(clientPoint(event));
      const grabbed = absolute(node, elements);
      const dragged: DraggedNode[] = nodes.map((n) => {
        const topLeft = absolute(n, elements);
        return { id: n.id, topLeft, point: { x: pointer.x + topLeft.x - grabbed.x, y: pointer.y + topLeft.y - grabbed.y } };
      });
      const plan = planDrop(g.start, elements, dragged);
      return { g, elements, dragged, plan };
    },
    [store, screenToFlowPosition],
  );

  const onNodeDragStart = useCallback<OnNodeDrag<FabricFlowNode>>(() => {
    const start = store.getState().design;
    if (!start) return;
    store.getState().beginGesture();
    gesture.current = { start };
  }, [store]);

  const onNodeDrag = useCallback<OnNodeDrag<FabricFlowNode>>(
    (event, node, nodes) => {
      const m = measure(event, node, nodes);
      if (!m) return;
      const { g, elements, dragged, plan } = m;
      setPositions(displayPositions(nodes, dragged, plan, elements));
      canvasUi.getState().setDropHint(hintFor(g.start, node.id, plan));
    },
    [measure],
  );

  const onNodeDragStop = useCallback<OnNodeDrag<FabricFlowNode>>(
    (event, node, nodes) => {
      const m = measure(event, node, nodes);
      setPositions(null);
      canvasUi.getState().setDropHint(null);
      gesture.current = null;
      if (!m) return store.getState().endGesture();
      store.getState().edit(() => applyMoves(m.g.start, m.plan.moves));
      store.getState().endGesture();
      for (const r of m.plan.refusals) notify(`${r.name} cannot go there: ${r.reason}.`);
    },
    [measure, notify, store],
  );

  return { positions, onNodeDragStart, onNodeDrag, onNodeDragStop };
}

/** Floor nodes are drawn at the cell they would take; buildings and halls follow the pointer. */
function displayPositions(nodes: readonly FabricFlowNode[], dragged: readonly DraggedNode[], plan: DropPlan, elements: FlowElements): Map<NodeId, XYPosition> {
  const moves = new Map(plan.moves.map((m) => [m.id, m]));
  const out = new Map<NodeId, XYPosition>();
  nodes.forEach((n, i) => {
    const parent = n.parentId ? elements.rects.get(n.parentId) : undefined;
    const move = moves.get(n.id);
    const grid = move?.floor && move.parent ? elements.boxes.get(move.parent)?.grid : undefined;
    const hall = move?.parent ? elements.rects.get(move.parent) : undefined;
    if (move?.floor && grid && hall) {
      const cell = cellOrigin(grid, move.floor);
      out.set(n.id, { x: hall.x + cell.x - (parent?.x ?? 0), y: hall.y + cell.y - (parent?.y ?? 0) });
    } else {
      const topLeft = dragged[i]!.topLeft;
      out.set(n.id, { x: topLeft.x - (parent?.x ?? 0), y: topLeft.y - (parent?.y ?? 0) });
    }
  });
  return out;
}

function hintFor(design: Design, id: NodeId, plan: DropPlan) {
  const refusal = plan.refusals.find((r) => r.id === id);
  if (refusal) return { targetId: refusal.overId, ok: false, message: `${refusal.name} cannot go there: ${refusal.reason}` };
  const move = plan.moves.find((m) => m.id === id);
  if (!move) return null;
  const parent = move.parent ? design.nodes.find((n) => n.id === move.parent) : undefined;
  const where = parent ? `${parent.name}` : 'the campus';
  return { targetId: move.parent, ok: true, message: move.floor ? `Into ${where} at ${placeText(move.floor, 1)}` : `Into ${where}` };
}

function absolute(node: FabricFlowNode, elements: FlowElements): XYPosition {
  const parent = node.parentId ? elements.rects.get(node.parentId) : undefined;
  return { x: node.position.x + (parent?.x ?? 0), y: node.position.y + (parent?.y ?? 0) };
}

function clientPoint(event: MouseEvent | TouchEvent): XYPosition {
  if ('touches' in event) {
    const touch = event.changedTouches[0] ?? event.touches[0];
    return { x: touch?.clientX ?? 0, y: touch?.clientY ?? 0 };
  }
  return { x: event.clientX, y: event.clientY };
}
