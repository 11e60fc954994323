/**
 * Where each link group's label, and each aggregated edge's, sits at the zoom the canvas is viewed at:
 * labels are drawn at one size on screen (`scale` × their nominal canvas size), so zoomed out they grow
 * against the cards (zoomed in they shrink), and the routing's spot (chosen at 100 %) may cover a rack
 * or another label. Greedy, in
 * the order given: each label takes the first free spot along its run (no other label, no card, no
 * title under it), then the nearest free spot beside the run (joined to it by a leader line), then
 * the same as a short count label; a label with no free spot is not drawn (the run keeps its colour,
 * its name and its tooltip). Pure, so the placements are tested figures.
 */
import { pointAt, type Curve, type Rect } from '../edgeGeometry.ts';
import { RectIndex } from '../rectIndex.ts';

export interface RunLabelRequest {
  readonly id: string;
  readonly curve: Curve;
  /** The run's own spot along it, from the routing (0 = source end). */
  readonly preferredT: number;
  /** Nominal widths, canvas px at scale 1: the whole label and its short count form. */
  readonly width: number;
  readonly countWidth: number;
  /** Nominal height, canvas px at scale 1 (RUN_LABEL_HEIGHT when omitted). */
  readonly height?: number;
  /**
   * How many label heights above or below its run the label may sit (3 when omitted; beyond 3 only
   * where neither it nor its count has room within 3), and whether it may leave `bounds`: an
   * aggregated edge's label, seen zoomed out between cards far taller than it, climbs clear of them instead.
   */
  readonly reach?: number;
  readonly unbounded?: boolean;
}

/** A label's centre, as a point on its run plus an offset, so it follows the run while a card is dragged. */
export interface RunLabelSpot {
  readonly t: number;
  readonly dx: number;
  readonly dy: number;
  /** The short form: the status glyph and the link count. */
  readonly count: boolean;
}

/** Nominal label height and the gap kept around it, canvas px at scale 1. */
export const RUN_LABEL_HEIGHT = 22;
const GAP = 3;
const TS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8] as const;
/** Steps beside the run, in label heights, above and below it (unless a request reaches further) and label widths to either side. */
const REACH = 3;
const SIDES = 6;

/**
 * Spots for `requests`, in their order, clear of `obstacles` and of one another and inside `bounds`
 * (the design's extent, so the fitted view shows every label), with labels `scale` times their nominal size.
 */
export function placeRunLabels(requests: readonly RunLabelRequest[], obstacles: readonly Rect[], bounds: Rect, scale: number): Map<string, RunLabelSpot | null> {
  const blocked = new RectIndex(obstacles);
  const placed = new RectIndex();
  const spots = new Map<string, RunLabelSpot | null>();
  for (const request of requests) {
    const height = ((request.height ?? RUN_LABEL_HEIGHT) + 2 * GAP) * scale;
    const room = { blocked, placed, bounds: request.unbounded ? null : bounds };
    // near the run before far from it, even if only the count fits there: a long leader is hard to follow
    const reaches = [...new Set([REACH, Math.max(REACH, request.reach ?? REACH)])];
    let spot: ReturnType<typeof firstFree> = null;
    for (const reach of reaches) {
      spot ??= firstFree(request, request.width, false, height, scale, reach, room) ?? firstFree(request, request.countWidth, true, height, scale, reach, room);
    }
    spots.set(request.id, spot?.spot ?? null);
    if (spot) placed.add(spot.rect);
  }
  return spots;
}

interface Room {
  readonly blocked: RectIndex;
  readonly placed: RectIndex;
  readonly bounds: Rect | null;
}

function firstFree(request: RunLabelRequest, nominalWidth: number, count: boolean, height: number, scale: number, reach: number, { blocked, placed, bounds }: Room): { spot: RunLabelSpot; rect: Rect } | null {
  const width = (nominalWidth + 2 * GAP) * scale;
  const ts = [request.preferredT, ...TS.filter((t) => t !== request.preferredT)];
  for (const [dx, dy] of offsets(width, height, reach)) {
    for (const t of ts) {
      const p = pointAt(request.curve, t);
      const rect = { x: p.x + dx - width / 2, y: p.y + dy - height / 2, width, height };
      if ((!bounds || inside(rect, bounds)) && !blocked.overlap(rect) && !placed.overlap(rect)) return { spot: { t, dx, dy, count }, rect };
    }
  }
  return null;
}

/** Offsets of a label's centre from its point on the run, nearest first: on it, stacked above or below it, beside it. */
function offsets(width: number, height: number, reach: number): [number, number][] {
  const all: [number, number][] = [];
  for (let row = -reach; row <= reach; row++) {
    all.push([0, row * height]);
    for (let side = 0; side < SIDES; side++) {
      const dx = width / 2 + (side + 0.5) * height;
      all.push([dx, row * height], [-dx, row * height]);
    }
  }
  return all.sort((p, q) => Math.hypot(p[0], p[1]) - Math.hypot(q[0], q[1]));
}

function inside(rect: Rect, bounds: Rect): boolean {
  return rect.x >= bounds.x && rect.y >= bounds.y && rect.x + rect.width <= bounds.x + bounds.width && rect.y + rect.height <= bounds.y + bounds.height;
}
