/** Which container a node (or a palette item) dropped at a point goes into, or why it cannot go there. */
import type { DesignNode, NodeId, NodeKind } from '../domain/model/design.ts';
import { ALLOWED_PARENTS, nestingRefusal } from '../domain/model/nesting.ts';
import { contains, type Rect } from './edgeGeometry.ts';

export type DropTarget =
  | { readonly ok: true; readonly parent: DesignNode | null }
  | { readonly ok: false; readonly reason: string; readonly over: DesignNode | null };

const DEPTH: Record<NodeKind, number> = { building: 0, hall: 1, rack: 2, switch: 3 };

/**
 * The deepest container under `point` that may hold `kind` (a switch over a rack goes into the rack,
 * over the hall floor into the hall); buildings stand on the campus. When none may, the deepest
 * container under the point names the refusal ("a rack cannot sit in a building (only in a hall)").
 * `exclude` holds the dragged nodes and everything inside them.
 */
export function dropTarget(
  kind: NodeKind,
  point: { readonly x: number; readonly y: number },
  nodes: readonly DesignNode[],
  rects: ReadonlyMap<NodeId, Rect>,
  exclude: ReadonlySet<NodeId> = new Set(),
): DropTarget {
  const under = nodes
    .filter((n) => n.kind !== 'switch' && !exclude.has(n.id) && hit(rects.get(n.id), point))
    .sort((p, q) => DEPTH[q.kind] - DEPTH[p.kind]);
  const allowed = ALLOWED_PARENTS[kind];
  if (allowed.length === 0) {
    const over = under[0] ?? null;
    return over ? { ok: false, reason: nestingRefusal(kind, over)!, over } : { ok: true, parent: null };
  }
  const parent = under.find((n) => allowed.includes(n.kind));
  if (parent) return { ok: true, parent };
  const over = under[0] ?? null;
  return { ok: false, reason: nestingRefusal(kind, over) ?? `a ${kind} cannot go there`, over };
}

function hit(rect: Rect | undefined, point: { x: number; y: number }): boolean {
  return rect !== undefined && contains(rect, point.x, point.y);
}
