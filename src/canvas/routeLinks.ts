/**
 * Chooses, for each link group in turn, how far its run bows (so it never crosses a card it does not
 * join) and where along it the label sits (so labels cover neither each other, cards nor container
 * titles). Greedy; ties keep the straight run and the middle.
 */
import { contains, edgeCurve, overlapArea, pointAt, type Curve, type Rect } from './edgeGeometry.ts';

export interface RouteRequest {
  readonly id: string;
  readonly source: Rect;
  readonly target: Rect;
  /** Starting bow, spreading parallel groups between the same two nodes. */
  readonly baseBend: number;
  readonly labelWidth: number;
}

export interface Route {
  readonly bend: number;
  readonly labelT: number;
}

export const LABEL_HEIGHT = 22;
const LABEL_MARGIN = 4;
const BENDS = [0, 48, -48, 96, -96, 160, -160, 240, -240] as const;
const LABEL_TS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.35, 0.65] as const;
const SAMPLES = Array.from({ length: 19 }, (_, i) => (i + 1) / 20);

/** A label's width from its text at 11 px (tabular figures), plus padding and the status glyph. */
export function estimateLabelWidth(text: string): number {
  return Math.ceil(text.length * 6.4 + 30);
}

export function routeLinks(requests: readonly RouteRequest[], cards: readonly Rect[], titles: readonly Rect[]): Map<string, Route> {
  const labels: Rect[] = [];
  const routes = new Map<string, Route>();
  for (const request of requests) {
    const others = cards.filter((c) => c !== request.source && c !== request.target);
    const curve = leastBlocked(request, others);
    const label = bestLabel(curve.curve, request.labelWidth, labels, [...cards, ...titles]);
    labels.push(label.rect);
    routes.set(request.id, { bend: curve.bend, labelT: label.t });
  }
  return routes;
}

function leastBlocked(request: RouteRequest, others: readonly Rect[]): { bend: number; curve: Curve } {
  let best: { bend: number; curve: Curve; blocked: number } | null = null;
  for (const step of BENDS) {
    const bend = request.baseBend + step;
    const curve = edgeCurve(request.source, request.target, bend);
    const blocked = SAMPLES.filter((t) => {
      const p = pointAt(curve, t);
      return others.some((r) => contains(r, p.x, p.y));
    }).length;
    if (!best || blocked < best.blocked) best = { bend, curve, blocked };
    if (blocked === 0) break;
  }
  return best!;
}

function bestLabel(curve: Curve, width: number, labels: readonly Rect[], obstacles: readonly Rect[]): { t: number; rect: Rect } {
  let best: { t: number; rect: Rect; cost: number } | null = null;
  for (const t of LABEL_TS) {
    const p = pointAt(curve, t);
    const rect = { x: p.x - width / 2 - LABEL_MARGIN, y: p.y - LABEL_HEIGHT / 2 - LABEL_MARGIN, width: width + 2 * LABEL_MARGIN, height: LABEL_HEIGHT + 2 * LABEL_MARGIN };
    const cost = 2 * sumOverlap(rect, labels) + sumOverlap(rect, obstacles);
    if (!best || cost < best.cost) best = { t, rect, cost };
    if (cost === 0) break;
  }
  return best!;
}

function sumOverlap(rect: Rect, others: readonly Rect[]): number {
  let total = 0;
  for (const other of others) total += overlapArea(rect, other);
  return total;
}
