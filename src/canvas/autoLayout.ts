/**
 * Where each design node sits on the canvas, in pixels relative to its container: buildings side by
 * side, halls stacked inside (or where the user put them: saved `layout` entries win), and racks and
 * hall-level switches on their hall's floor grid at their (row, slot), so the canvas is the floor plan
 * the length model reads. Switches that stand in a rack are drawn inside that rack. Containers grow
 * to hold their contents.
 */
import type { Design, DesignNode, HallNode, NodeId, RackNode, SwitchNode } from '../domain/model/design.ts';
import { cellOrigin, hallGrid, sameGrid, spanWidth, type GridItem, type HallGrid } from './floorGrid.ts';
import { ownEntry } from '../domain/ownTable.ts';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly parentId: NodeId | null;
  /** A hall's floor grid. */
  readonly grid?: HallGrid;
}

export const CARD = { width: 200, height: 64 } as const;
// Gaps leave room for an edge label (about 22 px high) between stacked cards.
export const RACK = { pad: 8, header: 48, gap: 44 } as const;
export const HALL = { header: 40, gap: 40 } as const;
export const BUILDING = { pad: 20, header: 44, gap: 420 } as const;
/** Least room between siblings pushed apart, px. */
const SEPARATION = 40;
const ROLE_ORDER = { leaf: 0, spine: 1, core: 2, border: 3, management: 4 } as const;

type Size = { width: number; height: number };
type Placed = Map<NodeId, Box>;

export interface Layout {
  readonly boxes: ReadonlyMap<NodeId, Box>;
  /** Halls whose floor grid was worked out afresh, not kept from an earlier layout (the tests count them). */
  readonly hallsLaidOut: number;
}

/** A hall's floor as last laid out: what stood on it, in order, and where. */
interface HallMade {
  readonly members: readonly DesignNode[];
  readonly size: Size & { grid: HallGrid };
  readonly boxes: readonly (readonly [NodeId, Box])[];
}
// a hall's floor depends only on its racks and switches (and the switches in its racks), so an edit
// lays out again only the halls it touched
const hallsMade = new WeakMap<HallNode, HallMade>();

export function autoLayout(design: Design): ReadonlyMap<NodeId, Box> {
  return layoutFrom(design).boxes;
}

/**
 * autoLayout, starting from an earlier layout: halls whose contents are the same objects keep their
 * floor, and every box equal to the one in `previous` is that same object, so what did not move
 * keeps its identity downstream (rectangles, canvas nodes, the router's obstacles).
 */
export function layoutFrom(design: Design, previous?: ReadonlyMap<NodeId, Box>): Layout {
  const placed: Placed = new Map();
  const byParent = childrenByParent(design.nodes);
  const buildings = design.nodes.filter((n) => n.kind === 'building').sort((p, q) => p.campusM.x - q.campusM.x || p.campusM.y - q.campusM.y);
  const buildingSizes = new Map<NodeId, Size>();
  let hallsLaidOut = 0;
  for (const building of buildings) {
    const halls = (byParent.get(building.id) ?? []).filter((n): n is HallNode => n.kind === 'hall');
    const sizes = new Map(
      halls.map((hall) => {
        const members = hallMembers(hall, byParent);
        let made = hallsMade.get(hall);
        if (!made || !sameItems(made.members, members)) {
          made = layoutHall(hall, members, byParent, previous);
          hallsMade.set(hall, made);
          hallsLaidOut++;
        }
        for (const [id, box] of made.boxes) placed.set(id, box);
        return [hall.id, made.size] as const;
      }),
    );
    stack(design, halls, sizes, placed, building.id, 'y', { x: BUILDING.pad, y: BUILDING.header }, HALL.gap);
    buildingSizes.set(building.id, fitChildren(placed, halls, BUILDING.pad, BUILDING.header, { width: 320, height: 160 }));
  }
  stack(design, buildings, buildingSizes, placed, null, 'x', { x: 0, y: 0 }, BUILDING.gap);
  if (previous) for (const node of [...buildings, ...design.nodes.filter((n) => n.kind === 'hall')]) keepSame(placed, node.id, previous);
  return { boxes: placed, hallsLaidOut };
}

/** Whether two boxes place a node the same way. */
export function sameBox(p: Box, q: Box): boolean {
  return p === q || (p.x === q.x && p.y === q.y && p.width === q.width && p.height === q.height && p.parentId === q.parentId && (p.grid === q.grid || (!!p.grid && !!q.grid && sameGrid(p.grid, q.grid))));
}

/** Puts back the earlier box of `id` when it is equal to the new one. */
function keepSame(placed: Placed, id: NodeId, previous: ReadonlyMap<NodeId, Box>): void {
  const box = placed.get(id);
  const before = previous.get(id);
  if (box && before && box !== before && sameBox(box, before)) placed.set(id, before);
}

/** What stands on a hall's floor, in design order: its racks and switches, then the switches in each rack. */
function hallMembers(hall: HallNode, byParent: ReadonlyMap<NodeId, DesignNode[]>): DesignNode[] {
  const children = byParent.get(hall.id) ?? [];
  const members = [...children];
  for (const child of children) if (child.kind === 'rack') members.push(...(byParent.get(child.id) ?? []));
  return members;
}

function sameItems<T>(p: readonly T[], q: readonly T[]): boolean {
  return p.length === q.length && p.every((x, i) => x === q[i]);
}

/**
 * Places siblings: those with a saved position there, the others one after another along `axis`,
 * after everything placed so far, so a new hall never lands on one the user moved.
 */
function stack(
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

/** Places a hall's racks and switches on its floor grid: the hall's size and grid, and their boxes (earlier ones where equal). */
function layoutHall(hall: HallNode, members: readonly DesignNode[], byParent: ReadonlyMap<NodeId, DesignNode[]>, previous: ReadonlyMap<NodeId, Box> | undefined): HallMade {
  const placed: Placed = new Map();
  const children = byParent.get(hall.id) ?? [];
  const items: (GridItem & { node: DesignNode; width: number })[] = [];
  for (const node of children) {
    if (node.kind === 'rack') {
      const size = layoutRack(node, byParent, placed);
      items.push({ node, floor: node.floor, slots: Math.max(1, node.quantity), ...size });
    } else if (node.kind === 'switch') {
      // a hall switch without a floor position is a broken file: show it at the first cell
      items.push({ node, floor: node.floor ?? { row: 0, slot: 0 }, slots: 1, ...CARD });
    }
  }
  const grid = hallGrid(items);
  for (const item of items) {
    const { x, y } = cellOrigin(grid, item.floor);
    placed.set(item.node.id, { x, y, width: item.width, height: item.height, parentId: hall.id });
  }
  if (previous) for (const id of placed.keys()) keepSame(placed, id, previous);
  return { members, size: { width: grid.width, height: grid.height, grid }, boxes: [...placed] };
}

/** A plain rack is a card as wide as its slots; a rack that holds switches becomes a container with them stacked inside. */
function layoutRack(rack: RackNode, byParent: ReadonlyMap<NodeId, DesignNode[]>, placed: Placed): Size {
  const width = spanWidth(rack.quantity);
  const switches = (byParent.get(rack.id) ?? []).filter((n): n is SwitchNode => n.kind === 'switch').sort(bySwitchOrder);
  if (!switches.length) return { width, height: CARD.height };
  switches.forEach((sw, i) => {
    placed.set(sw.id, { x: RACK.pad, y: RACK.header + i * (CARD.height + RACK.gap), width: width - 2 * RACK.pad, height: CARD.height, parentId: rack.id });
  });
  return { width, height: RACK.header + switches.length * CARD.height + (switches.length - 1) * RACK.gap + RACK.pad };
}

/** The smallest container size that holds every placed child with padding, and at least `min`. */
function fitChildren(placed: Placed, children: readonly DesignNode[], pad: number, header: number, min: Size): Size {
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

function childrenByParent(nodes: readonly DesignNode[]): Map<NodeId, DesignNode[]> {
  const byParent = new Map<NodeId, DesignNode[]>();
  for (const node of nodes) {
    if (node.kind === 'building') continue;
    const list = byParent.get(node.parent);
    if (list) list.push(node);
    else byParent.set(node.parent, [node]);
  }
  return byParent;
}

function bySwitchOrder(p: SwitchNode, q: SwitchNode): number {
  return ROLE_ORDER[p.role] - ROLE_ORDER[q.role];
}
