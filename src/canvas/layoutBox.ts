/** A node's box on the canvas, relative to its container, and how boxes are kept and sized. */
import type { DesignNode, NodeId } from '../domain/model/design.ts';
import { sameGrid, type HallGrid } from './floorGrid.ts';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly parentId: NodeId | null;
  /** A hall's floor grid. */
  readonly grid?: HallGrid;
}

export type Size = { width: number; height: number };
export type Placed = Map<NodeId, Box>;

/** Whether two boxes place a node the same way. */
export function sameBox(p: Box, q: Box): boolean {
  return p === q || (p.x === q.x && p.y === q.y && p.width === q.width && p.height === q.height && p.parentId === q.parentId && (p.grid === q.grid || (!!p.grid && !!q.grid && sameGrid(p.grid, q.grid))));
}

/** Puts back the earlier box of `id` when it is equal to the new one. */
export function keepSame(placed: Placed, id: NodeId, previous: ReadonlyMap<NodeId, Box>): void {
  const box = placed.get(id);
  const before = previous.get(id);
  if (box && before && box !== before && sameBox(box, before)) placed.set(id, before);
}

/** The smallest container size that holds every placed child with padding, and at least `min`. */
export function fitChildren(placed: Placed, children: readonly DesignNode[], pad: number, header: number, min: Size): Size {
  let width = min.width;
  let height = Math.max(min.height, header + pad);
  for (const child of children) {
    const box = placed.get(child.id);
    if (!box) continue;
    width = Math.max(width, box.x + box.width + pad);
    height = Math.max(height, box.y + box.height + pad);
  }
  return { width, height };
}
