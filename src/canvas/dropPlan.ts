/**
 * What a drop does to the design: for each dragged node, its new container and, on a hall floor, the
 * free cell nearest to where it was let go (racks slide beside a neighbour instead of stacking on it);
 * buildings and halls keep their canvas position in `layout`. Nodes that may not go where they were
 * dropped are refused with the nesting rule's reason and stay where they were.
 */
import { setLayout, updateNode, withDescendants } from '../domain/edit/designEdits.ts';
import type { Design, FloorPosition, LayoutEntry, NodeId } from '../domain/model/design.ts';
import type { Box } from './layoutBox.ts';
import { BUILDING } from './layoutSizes.ts';
import { dropTarget } from './dropTarget.ts';
import type { Rect } from './edgeGeometry.ts';
import { cellAt, hallGrid, nearestFree, type GridItem } from './floorGrid.ts';
import { ownEntry } from '../domain/ownTable.ts';

export interface DraggedNode {
  readonly id: NodeId;
  /** The node's top-left corner where it was let go, canvas coordinates. */
  readonly topLeft: { readonly x: number; readonly y: number };
  /** Where the pointer holds it, canvas coordinates: this picks the container. */
  readonly point: { readonly x: number; readonly y: number };
}

export interface Move {
  readonly id: NodeId;
  readonly parent: NodeId | null;
  /** For racks and switches on a hall floor. */
  readonly floor?: FloorPosition;
  /** For buildings and halls: the canvas position in the new container. */
  readonly position?: { readonly x: number; readonly y: number };
}

export interface Refusal {
  readonly id: NodeId;
  readonly name: string;
  readonly reason: string;
  /** The container that refuses it (null: the campus). */
  readonly overId: NodeId | null;
}

export interface DropPlan {
  readonly moves: readonly Move[];
  readonly refusals: readonly Refusal[];
}

export interface CanvasGeometry {
  readonly boxes: ReadonlyMap<NodeId, Box>;
  readonly rects: ReadonlyMap<NodeId, Rect>;
}

export function planDrop(design: Design, geometry: CanvasGeometry, dragged: readonly DraggedNode[]): DropPlan {
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const exclude = withDescendants(design, dragged.map((d) => d.id));
  const floors = new FloorOccupancy(design, exclude);
  const moves: Move[] = [];
  const refusals: Refusal[] = [];
  for (const d of dragged) {
    const node = byId.get(d.id);
    if (!node) continue;
    const target = dropTarget(node.kind, d.point, design.nodes, geometry.rects, exclude);
    if (!target.ok) {
      refusals.push({ id: node.id, name: node.name, reason: target.reason, overId: target.over?.id ?? null });
      continue;
    }
    const parent = target.parent;
    const origin = parent ? geometry.rects.get(parent.id) : undefined;
    const local = { x: d.topLeft.x - (origin?.x ?? 0), y: d.topLeft.y - (origin?.y ?? 0) };
    if (node.kind === 'building' || parent === null) {
      moves.push({ id: node.id, parent: null, position: d.topLeft });
    } else if (node.kind === 'hall') {
      moves.push({ id: node.id, parent: parent.id, position: { x: Math.max(BUILDING.pad, local.x), y: Math.max(BUILDING.header, local.y) } });
    } else if (parent.kind === 'hall') {
      const span = node.kind === 'rack' ? Math.max(1, node.quantity) : 1;
      const grid = geometry.boxes.get(parent.id)?.grid ?? hallGrid([]);
      const floor = floors.claim(parent.id, cellAt(grid, local.x, local.y), span);
      moves.push({ id: node.id, parent: parent.id, floor });
    } else {
      moves.push({ id: node.id, parent: parent.id });
    }
  }
  return { moves, refusals };
}

/** Applies moves; a node dropped where it already stood is left untouched (no empty undo step). */
export function applyMoves(design: Design, moves: readonly Move[]): Design {
  let next = design;
  const layout: Record<NodeId, LayoutEntry> = {};
  for (const move of moves) {
    const node = next.nodes.find((n) => n.id === move.id);
    if (!node) continue;
    const parent = node.kind === 'building' ? null : node.parent;
    if (node.kind === 'rack' || node.kind === 'switch') {
      const floor = node.floor;
      const sameFloor = move.floor === undefined ? floor === undefined : floor !== undefined && floor.row === move.floor.row && floor.slot === move.floor.slot;
      if (parent !== move.parent || !sameFloor) next = updateNode(next, node.id, { parent: move.parent ?? undefined, floor: move.floor });
    } else if (node.kind === 'hall' && parent !== move.parent && move.parent) {
      next = updateNode(next, node.id, { parent: move.parent });
    }
    const saved = ownEntry(next.layout, node.id);
    if (move.position && (!saved || saved.x !== move.position.x || saved.y !== move.position.y)) layout[node.id] = { x: Math.round(move.position.x), y: Math.round(move.position.y) };
  }
  return Object.keys(layout).length ? setLayout(next, layout) : next;
}

/** Which slots of each hall's rows are taken, by nodes that stay and by those already placed by this drop. */
class FloorOccupancy {
  private readonly items = new Map<NodeId, GridItem[]>();

  constructor(design: Design, exclude: ReadonlySet<NodeId>) {
    for (const n of design.nodes) {
      if (exclude.has(n.id) || (n.kind !== 'rack' && n.kind !== 'switch') || !n.floor) continue;
      this.listOf(n.parent).push({ floor: n.floor, slots: n.kind === 'rack' ? Math.max(1, n.quantity) : 1, height: 0 });
    }
  }

  claim(hallId: NodeId, want: FloorPosition, span: number): FloorPosition {
    const list = this.listOf(hallId);
    const floor = nearestFree(list, want, span);
    list.push({ floor, slots: span, height: 0 });
    return floor;
  }

  private listOf(hallId: NodeId): GridItem[] {
    let list = this.items.get(hallId);
    if (!list) this.items.set(hallId, (list = []));
    return list;
  }
}
