/** Link-group runs between two cards, shared by the edge component and the router. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A quadratic run from border to border: start, control point, end. */
export interface Curve {
  readonly x1: number;
  readonly y1: number;
  readonly cx: number;
  readonly cy: number;
  readonly x2: number;
  readonly y2: number;
}

/** The run between two cards, bowed sideways by about `bend` px at its middle (0 = straight). */
export function edgeCurve(source: Rect, target: Rect, bend = 0): Curve {
  const sx = source.x + source.width / 2;
  const sy = source.y + source.height / 2;
  const tx = target.x + target.width / 2;
  const ty = target.y + target.height / 2;
  const length = Math.hypot(tx - sx, ty - sy) || 1;
  // A quadratic's middle lies halfway between the chord's midpoint and the control point.
  const cx = (sx + tx) / 2 + (-(ty - sy) / length) * bend * 2;
  const cy = (sy + ty) / 2 + ((tx - sx) / length) * bend * 2;
  const leave = exitFraction(source, cx - sx, cy - sy);
  const enter = exitFraction(target, cx - tx, cy - ty);
  return { x1: sx + (cx - sx) * leave, y1: sy + (cy - sy) * leave, cx, cy, x2: tx + (cx - tx) * enter, y2: ty + (cy - ty) * enter };
}

/** Fraction of (dx, dy) after which a ray from the rectangle's centre leaves it (at most 1). */
function exitFraction(rect: Rect, dx: number, dy: number): number {
  const fx = dx === 0 ? Infinity : rect.width / 2 / Math.abs(dx);
  const fy = dy === 0 ? Infinity : rect.height / 2 / Math.abs(dy);
  return Math.min(fx, fy, 1);
}

export function curvePath(c: Curve): string {
  return `M ${c.x1},${c.y1} Q ${c.cx},${c.cy} ${c.x2},${c.y2}`;
}

export function pointAt(c: Curve, t: number): { x: number; y: number } {
  const u = 1 - t;
  return { x: u * u * c.x1 + 2 * u * t * c.cx + t * t * c.x2, y: u * u * c.y1 + 2 * u * t * c.cy + t * t * c.y2 };
}

export function overlapArea(p: Rect, q: Rect): number {
  const w = Math.min(p.x + p.width, q.x + q.width) - Math.max(p.x, q.x);
  const h = Math.min(p.y + p.height, q.y + q.height) - Math.max(p.y, q.y);
  return w > 0 && h > 0 ? w * h : 0;
}

export function sameRect(p: Rect, q: Rect): boolean {
  return p.x === q.x && p.y === q.y && p.width === q.width && p.height === q.height;
}

export function contains(rect: Rect, x: number, y: number): boolean {
  return x > rect.x && x < rect.x + rect.width && y > rect.y && y < rect.y + rect.height;
}
