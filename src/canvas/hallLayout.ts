/** A hall's floor: its racks and switches on the floor grid, and the switches stacked in each rack. */
import type { DesignNode, HallNode, NodeId, RackNode, SwitchNode } from '../domain/model/design.ts';
import { cellOrigin, hallGrid, spanWidth, type GridItem, type HallGrid } from './floorGrid.ts';
import { keepSame, type Box, type Placed, type Size } from './layoutBox.ts';
import { CARD, RACK } from './layoutSizes.ts';

const ROLE_ORDER = { leaf: 0, spine: 1, core: 2, border: 3, management: 4 } as const;

/** A hall's floor as last laid out: what stood on it, in order, and where. */
export interface HallMade {
  readonly members: readonly DesignNode[];
  readonly size: Size & { grid: HallGrid };
  readonly boxes: readonly (readonly [NodeId, Box])[];
}

/** What stands on a hall's floor, in design order: its racks and switches, then the switches in each rack. */
export function hallMembers(hall: HallNode, byParent: ReadonlyMap<NodeId, DesignNode[]>): DesignNode[] {
  const children = byParent.get(hall.id) ?? [];
  const members = [...children];
  for (const child of children) if (child.kind === 'rack') members.push(...(byParent.get(child.id) ?? []));
  return members;
}

/** Places a hall's racks and switches on its floor grid: the hall's size and grid, and their boxes (earlier ones where equal). */
export function layoutHall(hall: HallNode, members: readonly DesignNode[], byParent: ReadonlyMap<NodeId, DesignNode[]>, previous: ReadonlyMap<NodeId, Box> | undefined): HallMade {
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

function bySwitchOrder(p: SwitchNode, q: SwitchNode): number {
  return ROLE_ORDER[p.role] - ROLE_ORDER[q.role];
}
