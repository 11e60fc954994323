/**
 * Chooses, for each link group in turn, how far its run bows (so it never crosses a card it does not
 * join) and where along it the label sits (so labels cover neither each other, cards nor container
 * titles). Greedy; ties keep the straight run and the middle.
 *
 * Each run's choice depends only on what its tests saw: the points along the bows it tried and the
 * label places it weighed, against the obstacles and the labels placed before it. So a routing can
 * start from the previous one: a run is kept when its request is the same and nothing that changed
 * (an obstacle, an earlier run's label) covers a point or label place it tested (`PlacedRun.probes`).
 * The result is the one a fresh routing gives, by construction; an edit re-routes only the runs
 * whose tests it could answer differently.
 */
import { edgeCurve, pointAt, sameRect, type Curve, type Rect } from './edgeGeometry.ts';
import { changedRects, diffObstacles, indexesFor, type ObstacleIndexes, type Obstacles } from './obstacleIndexes.ts';
import { RectIndex } from './rectIndex.ts';
import { runToEnd, type Steps } from './steps.ts';

export type { Obstacles } from './obstacleIndexes.ts';

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

/** One run as routed: what was asked, what was chosen, and what the choice tested. */
interface PlacedRun {
  readonly request: RouteRequest;
  readonly route: Route;
  readonly label: Rect;
  /** Bounds of every point and label place the choice tested (a quick first check). */
  readonly looked: Rect;
  /** The points tested (x, y, x, y, ...) and the label places weighed. */
  readonly probes: { readonly points: readonly number[]; readonly places: readonly Rect[] };
}

/** A routing, kept so the next one can start from it. */
export interface Routing {
  readonly routes: ReadonlyMap<string, Route>;
  readonly runs: ReadonlyMap<string, PlacedRun>;
  readonly obstacles: Obstacles;
  /** The obstacles' indexes, handed on to the next routing (null when none was needed). */
  readonly indexes: ObstacleIndexes | null;
  /** Runs routed afresh rather than kept from the previous routing (the tests count them). */
  readonly routed: number;
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

export function routeLinks(requests: readonly RouteRequest[], obstacles: Obstacles, previous?: Routing): Routing {
  return runToEnd(routeLinksInSteps(requests, obstacles, previous));
}

/** routeLinks, one routed link group per step. */
export function* routeLinksInSteps(requests: readonly RouteRequest[], obstacles: Obstacles, previous?: Routing): Steps<Routing> {
  const diff = previous && previous.obstacles !== obstacles ? diffObstacles(previous.obstacles, obstacles) : null;
  const changed = previous ? changedAreas(requests, previous, diff) : null;
  let indexes: ObstacleIndexes | null = null;
  const labelIndex = new RectIndex();
  const routes = new Map<string, Route>();
  const runs = new Map<string, PlacedRun>();
  let routed = 0;
  for (const request of requests) {
    const before = previous?.runs.get(request.id);
    let run = before && changed && sameRequest(before.request, request) && !changed.some((r) => affects(r, before)) ? before : null;
    if (!run) {
      indexes ??= indexesFor(obstacles, previous, diff);
      run = route(request, indexes.cards, indexes.titles, labelIndex, indexes.labelObstacles);
      routed++;
      if (changed && (!before || !sameRect(before.label, run.label))) changed.push(run.label, ...(before ? [before.label] : []));
    }
    labelIndex.add(run.label);
    routes.set(request.id, run.route);
    runs.set(request.id, run);
    if (run !== before) yield;
  }
  return { routes, runs, obstacles, indexes: indexes ?? (previous?.obstacles === obstacles ? previous.indexes : null), routed };
}

/**
 * What differs from the previous routing before any run is placed: obstacles added or removed, and
 * the labels of runs no longer asked for. Null when the runs kept were asked in another order
 * (each run saw the labels before it), which routes everything afresh.
 */
function changedAreas(requests: readonly RouteRequest[], previous: Routing, diff: ReturnType<typeof diffObstacles> | null): Rect[] | null {
  const wanted = new Set(requests.map((r) => r.id));
  const kept = requests.filter((r) => previous.runs.has(r.id)).map((r) => r.id);
  const keptBefore = [...previous.runs.keys()].filter((id) => wanted.has(id));
  if (kept.some((id, i) => keptBefore[i] !== id)) return null;
  const changed: Rect[] = [];
  for (const [id, run] of previous.runs) if (!wanted.has(id)) changed.push(run.label);
  if (diff) changed.push(...changedRects(diff));
  return changed;
}

function route(request: RouteRequest, cards: RectIndex, titles: RectIndex, labels: RectIndex, labelObstacles: RectIndex): PlacedRun {
  const looked = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  const points: number[] = [];
  const places: Rect[] = [];
  const see: See = (x, y, place) => {
    looked.minX = Math.min(looked.minX, x);
    looked.minY = Math.min(looked.minY, y);
    looked.maxX = Math.max(looked.maxX, x + (place?.width ?? 0));
    looked.maxY = Math.max(looked.maxY, y + (place?.height ?? 0));
    if (place) places.push(place);
    else points.push(x, y);
  };
  const run = cheapestRun(request, cards, titles, labels, see);
  const label = bestLabel(run.curve, request.labelWidth, labels, labelObstacles, see);
  return {
    request,
    route: { bend: run.bend, labelT: label.t },
    label: label.rect,
    looked: { x: looked.minX, y: looked.minY, width: looked.maxX - looked.minX, height: looked.maxY - looked.minY },
    probes: { points, places },
  };
}

/** Records a tested point, or a tested label place (then at its corner). */
type See = (x: number, y: number, place?: Rect) => void;

/** The bow whose run crosses the fewest cards, then titles, bowing no more than it must (labels can move instead). */
function cheapestRun(request: RouteRequest, cards: RectIndex, titles: RectIndex, labels: RectIndex, see: See): { bend: number; curve: Curve } {
  const ends = [request.source, request.target];
  let best: { bend: number; curve: Curve; cost: number } | null = null;
  for (const step of BENDS) {
    const bend = request.baseBend + step;
    const curve = edgeCurve(request.source, request.target, bend);
    let cost = Math.abs(step) / 50;
    for (const t of SAMPLES) {
      const { x, y } = pointAt(curve, t);
      see(x, y);
      cost += cards.hits(x, y, ends) ? 10 : titles.hits(x, y) ? 2 : labels.hits(x, y) ? 0.1 : 0;
    }
    if (!best || cost < best.cost) best = { bend, curve, cost };
    if (cost === 0) break;
  }
  return best!;
}

function bestLabel(curve: Curve, width: number, labels: RectIndex, obstacles: RectIndex, see: See): { t: number; rect: Rect } {
  let best: { t: number; rect: Rect; cost: number } | null = null;
  for (const t of LABEL_TS) {
    const p = pointAt(curve, t);
    const rect = { x: p.x - width / 2 - LABEL_MARGIN, y: p.y - LABEL_HEIGHT / 2 - LABEL_MARGIN, width: width + 2 * LABEL_MARGIN, height: LABEL_HEIGHT + 2 * LABEL_MARGIN };
    see(rect.x, rect.y, rect);
    const cost = 2 * labels.overlap(rect) + obstacles.overlap(rect);
    if (!best || cost < best.cost) best = { t, rect, cost };
    if (cost === 0) break;
  }
  return best!;
}

/** Whether a change at `r` could answer one of the run's tests differently (edges included, to be safe). */
function affects(r: Rect, run: PlacedRun): boolean {
  if (!touches(r, run.looked)) return false;
  const { points, places } = run.probes;
  for (let i = 0; i < points.length; i += 2) if (r.x <= points[i]! && points[i]! <= r.x + r.width && r.y <= points[i + 1]! && points[i + 1]! <= r.y + r.height) return true;
  return places.some((place) => touches(r, place));
}

function touches(r: Rect, q: Rect): boolean {
  return r.x <= q.x + q.width && q.x <= r.x + r.width && r.y <= q.y + q.height && q.y <= r.y + r.height;
}

function sameRequest(p: RouteRequest, q: RouteRequest): boolean {
  return p.baseBend === q.baseBend && p.labelWidth === q.labelWidth && sameRect(p.source, q.source) && sameRect(p.target, q.target);
}
