/** A uniform grid over rectangles, so routing asks about the few near a point instead of all of them. */
import { contains, overlapArea, type Rect } from './edgeGeometry.ts';

const CELL = 256;

export class RectIndex {
  private readonly cells = new Map<string, Rect[]>();

  constructor(rects: readonly Rect[] = []) {
    for (const rect of rects) this.add(rect);
  }

  add(rect: Rect): void {
    for (const key of cellsOf(rect)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(rect);
      else this.cells.set(key, [rect]);
    }
  }

  /** Whether a rectangle other than `except` (the run's own ends) covers the point. */
  hits(x: number, y: number, except?: readonly Rect[]): boolean {
    const cell = this.cells.get(`${Math.floor(x / CELL)},${Math.floor(y / CELL)}`);
    return !!cell?.some((r) => !except?.includes(r) && contains(r, x, y));
  }

  /** Total area of `rect` covered by indexed rectangles. */
  overlap(rect: Rect): number {
    const seen = new Set<Rect>();
    let total = 0;
    for (const key of cellsOf(rect)) {
      for (const other of this.cells.get(key) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        total += overlapArea(rect, other);
      }
    }
    return total;
  }
}

function* cellsOf(rect: Rect): Generator<string> {
  for (let cx = Math.floor(rect.x / CELL); cx <= Math.floor((rect.x + rect.width) / CELL); cx++) {
    for (let cy = Math.floor(rect.y / CELL); cy <= Math.floor((rect.y + rect.height) / CELL); cy++) yield `${cx},${cy}`;
  }
}
