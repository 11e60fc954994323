/** Siblings placed one after another (or where the user put them), pushed apart where containers grew into each other. */
import type { Design, DesignNode, NodeId } from '../domain/model/design.ts';
import { ownEntry } from '../domain/ownTable.ts';
import type { HallGrid } from './floorGrid.ts';
import type { Box, Placed, Size } from './layoutBox.ts';

/** Least room between siblings pushed apart, px. */
const SEPARATION = 40;

/**
 * Places siblings: those with a saved position there, the others one after another along `axis`,
 * after everything placed so far, so a new hall never lands on one the user moved.
 */
export function stack(
  design: Design,
  nodes: readonly DesignNode[],
  sizes: ReadonlyMap<NodeId, Size & { grid?: HallGrid }>,
  placed: Placed,
  parentId: NodeId | null,
  axis: 'x' | 'y',
  start: { x: number; y: number },
  gap: number,
): void {
  let next = axis === 'x' ? start.x : start.y;
  for (const node of nodes) {
    const entry = ownEntry(design.layout, node.id);
    const size = sizes.get(node.id)!;
    if (!entry) continue;
    const box = { ...size, x: entry.x, y: entry.y, width: Math.max(size.width, entry.width ?? 0), height: Math.max(size.height, entry.height ?? 0), parentId };
    placed.set(node.id, box);
    next = Math.max(next, axis === 'x' ? box.x + box.width + gap : box.y + box.height + gap);
  }
  for (const node of nodes) {
    if (ownEntry(design.layout, node.id)) continue;
    const size = sizes.get(node.id)!;
    const box = { ...size, ...(axis === 'x' ? { x: next, y: start.y } : { x: start.x, y: next }), parentId };
    placed.set(node.id, box);
    next += (axis === 'x' ? box.width : box.height) + gap;
  }
  separate(nodes, placed, axis);
}

/**
 * Containers grow as things go into them; a sibling the growth would run into moves along `axis`
 * until it is clear, so a hall filling up never hides the next building.
 */
function separate(nodes: readonly DesignNode[], placed: Placed, axis: 'x' | 'y'): void {
  const along = (b: Box) => (axis === 'x' ? b.x : b.y);
  const ordered = nodes.map((n) => [n.id, placed.get(n.id)!] as const).sort((p, q) => along(p[1]) - along(q[1]));
  const settled: Box[] = [];
  for (const [id, original] of ordered) {
    let box = original;
    for (let hit = settled.find((s) => overlap(s, box)); hit; hit = settled.find((s) => overlap(s, box))) {
      // step aside the shorter way: right of the neighbour, or below it
      const right = { ...box, x: hit.x + hit.width + SEPARATION };
      const below = { ...box, y: hit.y + hit.height + SEPARATION };
      box = right.x - original.x <= below.y - original.y ? right : below;
    }
    if (box !== original) placed.set(id, box);
    settled.push(box);
  }
}

function overlap(p: Box, q: Box): boolean {
  return p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
}
