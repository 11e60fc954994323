/**
 * Chooses, for each link group in turn, how far its run bows (so it never crosses a card it does not
 * join) and where along it the label sits (so labels cover neither each other, cards nor container
 * titles). Greedy; ties keep the straight run and the middle.
 */
import { edgeCurve, pointAt, type Curve, type Rect } from './edgeGeometry.ts';
import { RectIndex } from './rectIndex.ts';
import { runToEnd, type Steps } from './steps.ts';

export interface RouteRequest {
  readonly id: string;
  readonly source: Rect;
  readonly target: Rect;
  /** Starting bow, spreading parallel groups between the same two nodes. */
  readonly baseBend: number;
  readonly labelWidth: number;
}

/** What runs and labels keep clear of. */
export interface Obstacles {
  readonly cards: readonly Rect[];
  /** Building and hall titles (their text only): runs and labels avoid them. */
  readonly titles: readonly Rect[];
  /** Rack titles: runs pass beneath racks, so only labels avoid them. */
  readonly rackTitles: readonly Rect[];
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

export function routeLinks(requests: readonly RouteRequest[], obstacles: Obstacles): Map<string, Route> {
  return runToEnd(routeLinksInSteps(requests, obstacles));
}

/** routeLinks, one link group per step. */
export function* routeLinksInSteps(requests: readonly RouteRequest[], { cards, titles, rackTitles }: Obstacles): Steps<Map<string, Route>> {
  const cardIndex = new RectIndex(cards);
  const titleIndex = new RectIndex(titles);
  const labelIndex = new RectIndex();
  const labelObstacles = new RectIndex([...cards, ...titles, ...rackTitles]);
  const routes = new Map<string, Route>();
  for (const request of requests) {
    const run = cheapestRun(request, cardIndex, titleIndex, labelIndex);
    const label = bestLabel(run.curve, request.labelWidth, labelIndex, labelObstacles);
    labelIndex.add(label.rect);
    routes.set(request.id, { bend: run.bend, labelT: label.t });
    yield;
  }
  return routes;
}

/** The bow whose run crosses the fewest cards, then titles, bowing no more than it must (labels can move instead). */
function cheapestRun(request: RouteRequest, cards: RectIndex, titles: RectIndex, labels: RectIndex): { bend: number; curve: Curve } {
  const ends = [request.source, request.target];
  let best: { bend: number; curve: Curve; cost: number } | null = null;
  for (const step of BENDS) {
    const bend = request.baseBend + step;
    const curve = edgeCurve(request.source, request.target, bend);
    let cost = Math.abs(step) / 50;
    for (const t of SAMPLES) {
      const { x, y } = pointAt(curve, t);
      cost += cards.hits(x, y, ends) ? 10 : titles.hits(x, y) ? 2 : labels.hits(x, y) ? 0.1 : 0;
    }
    if (!best || cost < best.cost) best = { bend, curve, cost };
    if (cost === 0) break;
  }
  return best!;
}

function bestLabel(curve: Curve, width: number, labels: RectIndex, obstacles: RectIndex): { t: number; rect: Rect } {
  let best: { t: number; rect: Rect; cost: number } | null = null;
  for (const t of LABEL_TS) {
    const p = pointAt(curve, t);
    const rect = { x: p.x - width / 2 - LABEL_MARGIN, y: p.y - LABEL_HEIGHT / 2 - LABEL_MARGIN, width: width + 2 * LABEL_MARGIN, height: LABEL_HEIGHT + 2 * LABEL_MARGIN };
    const cost = 2 * labels.overlap(rect) + obstacles.overlap(rect);
    if (!best || cost < best.cost) best = { t, rect, cost };
    if (cost === 0) break;
  }
  return best!;
}
