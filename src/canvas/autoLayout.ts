/**
 * Where each design node sits on the canvas, in pixels relative to its container: buildings side by
 * side, halls stacked inside (or where the user put them: saved `layout` entries win), and racks and
 * hall-level switches on their hall's floor grid at their (row, slot), so the canvas is the floor plan
 * the length model reads. Switches that stand in a rack are drawn inside that rack. Containers grow
 * to hold their contents.
 */
import type { Design, DesignNode, HallNode, NodeId } from '../domain/model/design.ts';
import { hallMembers, layoutHall, type HallMade } from './hallLayout.ts';
import { fitChildren, keepSame, type Box, type Placed, type Size } from './layoutBox.ts';
import { BUILDING, HALL } from './layoutSizes.ts';
import { stack } from './stackSiblings.ts';

export interface Layout {
  readonly boxes: ReadonlyMap<NodeId, Box>;
  /** Halls whose floor grid was worked out afresh, not kept from an earlier layout (the tests count them). */
  readonly hallsLaidOut: number;
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

function sameItems<T>(p: readonly T[], q: readonly T[]): boolean {
  return p.length === q.length && p.every((x, i) => x === q[i]);
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
