/**
 * Where each design node sits on the canvas, in pixels relative to its container: buildings side by
 * side, halls stacked inside, racks in floor rows, hall-level switches after them, and switches that
 * stand in a rack drawn inside that rack. Saved `layout` entries win; containers grow to hold them.
 */
import type { Design, DesignNode, HallNode, NodeId, RackNode, SwitchNode } from '../domain/model/design.ts';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly parentId: NodeId | null;
}

export const CARD = { width: 200, height: 64 } as const;
// Gaps leave room for an edge label (about 22 px high) between stacked cards.
export const RACK = { pad: 12, header: 48, gap: 44 } as const;
export const HALL = { pad: 20, header: 40, columnGap: 24, rowGap: 60, maxRowWidth: 1100, gap: 40 } as const;
export const BUILDING = { pad: 20, header: 44, gap: 420 } as const;
const ROLE_ORDER = { leaf: 0, spine: 1, core: 2, border: 3, management: 4 } as const;

type Size = { width: number; height: number };
type Placed = Map<NodeId, Box>;

export function autoLayout(design: Design): ReadonlyMap<NodeId, Box> {
  const placed: Placed = new Map();
  const byParent = childrenByParent(design.nodes);
  const buildings = design.nodes.filter((n) => n.kind === 'building').sort((p, q) => p.campusM.x - q.campusM.x || p.campusM.y - q.campusM.y);
  let buildingX = 0;
  for (const building of buildings) {
    const halls = (byParent.get(building.id) ?? []).filter((n): n is HallNode => n.kind === 'hall');
    let hallY = BUILDING.header;
    for (const hall of halls) {
      const box = saved(design, hall.id, { x: BUILDING.pad, y: hallY, ...layoutHall(design, hall, byParent, placed), parentId: building.id });
      placed.set(hall.id, box);
      hallY += box.height + HALL.gap;
    }
    const size = fitChildren(placed, halls, BUILDING.pad, BUILDING.header, { width: 320, height: 160 });
    const box = saved(design, building.id, { x: buildingX, y: 0, ...size, parentId: null });
    placed.set(building.id, box);
    buildingX = box.x + box.width + BUILDING.gap;
  }
  return placed;
}

/** Places a hall's racks (row by row) and its own switches (after the racks), rows centred; returns the hall's size. */
function layoutHall(design: Design, hall: HallNode, byParent: ReadonlyMap<NodeId, DesignNode[]>, placed: Placed): Size {
  const children = byParent.get(hall.id) ?? [];
  const racks = children.filter((n): n is RackNode => n.kind === 'rack').sort((p, q) => p.floor.row - q.floor.row || p.floor.slot - q.floor.slot);
  const switches = children.filter((n): n is SwitchNode => n.kind === 'switch').sort(bySwitchOrder);
  const floorRows = new Map<number, DesignNode[]>();
  for (const rack of racks) pushTo(floorRows, rack.floor.row, rack);
  const lines: { node: DesignNode; size: Size; x: number }[][] = [];
  for (const row of [...floorRows.values(), switches]) {
    let line: (typeof lines)[number] = [];
    let x = 0;
    for (const node of row) {
      const size = node.kind === 'rack' ? layoutRack(design, node, byParent, placed) : CARD;
      if (line.length && HALL.pad + x + size.width > HALL.maxRowWidth) {
        lines.push(line);
        line = [];
        x = 0;
      }
      line.push({ node, size, x });
      x += size.width + HALL.columnGap;
    }
    if (line.length) lines.push(line);
  }
  const lineWidth = (line: (typeof lines)[number]) => line.reduce((w, item) => Math.max(w, item.x + item.size.width), 0);
  const widest = Math.max(0, ...lines.map(lineWidth));
  let y = HALL.header;
  for (const line of lines) {
    // centred lines put a leaf under the middle of the racks it serves, so their runs fan out evenly
    const indent = HALL.pad + Math.round((widest - lineWidth(line)) / 2);
    for (const { node, size, x } of line) placed.set(node.id, saved(design, node.id, { x: indent + x, y, ...size, parentId: hall.id }));
    y += Math.max(...line.map((item) => item.size.height)) + HALL.rowGap;
  }
  return fitChildren(placed, children, HALL.pad, HALL.header, { width: CARD.width + 2 * HALL.pad, height: 96 });
}

/** A plain rack is a card; a rack that holds switches becomes a container with them stacked inside. */
function layoutRack(design: Design, rack: RackNode, byParent: ReadonlyMap<NodeId, DesignNode[]>, placed: Placed): Size {
  const switches = (byParent.get(rack.id) ?? []).filter((n): n is SwitchNode => n.kind === 'switch').sort(bySwitchOrder);
  if (!switches.length) return CARD;
  switches.forEach((sw, i) => {
    placed.set(sw.id, saved(design, sw.id, { x: RACK.pad, y: RACK.header + i * (CARD.height + RACK.gap), ...CARD, parentId: rack.id }));
  });
  return fitChildren(placed, switches, RACK.pad, RACK.header, CARD);
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

/** The auto box with the design's saved position (and size, never smaller than the contents) applied. */
function saved(design: Design, id: NodeId, auto: Box): Box {
  const entry = design.layout[id];
  if (!entry) return auto;
  return { x: entry.x, y: entry.y, width: Math.max(auto.width, entry.width ?? 0), height: Math.max(auto.height, entry.height ?? 0), parentId: auto.parentId };
}

function childrenByParent(nodes: readonly DesignNode[]): Map<NodeId, DesignNode[]> {
  const byParent = new Map<NodeId, DesignNode[]>();
  for (const node of nodes) {
    if (node.kind === 'building') continue;
    pushTo(byParent, node.parent, node);
  }
  return byParent;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function bySwitchOrder(p: SwitchNode, q: SwitchNode): number {
  return ROLE_ORDER[p.role] - ROLE_ORDER[q.role] || (p.floor?.row ?? 0) - (q.floor?.row ?? 0) || (p.floor?.slot ?? 0) - (q.floor?.slot ?? 0);
}
