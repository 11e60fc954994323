/** A uniform grid over rectangles, so routing asks about the few near a point instead of all of them. */
import { contains, overlapArea, type Rect } from './edgeGeometry.ts';

const CELL = 256;
/** Cells are keyed by one number (faster than a string key): column and row, offset to stay positive. */
const SPAN = 2 ** 21;
const cellKey = (cx: number, cy: number) => (cx + SPAN / 2) * SPAN + (cy + SPAN / 2);

export class RectIndex {
  private readonly cells = new Map<number, Rect[]>();

  constructor(rects: readonly Rect[] = []) {
    for (const rect of rects) this.add(rect);
  }

  add(rect: Rect): void {
    const [x0, x1, y0, y1] = cellSpan(rect);
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const cell = this.cells.get(cellKey(cx, cy));
        if (cell) cell.push(rect);
        else this.cells.set(cellKey(cx, cy), [rect]);
      }
    }
  }

  /** Takes out a rectangle added before (the same object). */
  remove(rect: Rect): void {
    const [x0, x1, y0, y1] = cellSpan(rect);
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const cell = this.cells.get(cellKey(cx, cy));
        const at = cell ? cell.indexOf(rect) : -1;
        if (at < 0) continue;
        cell!.splice(at, 1);
        if (!cell!.length) this.cells.delete(cellKey(cx, cy));
      }
    }
  }

  /** Whether a rectangle other than `except` (the run's own ends) covers the point. */
  hits(x: number, y: number, except?: readonly Rect[]): boolean {
    const cell = this.cells.get(cellKey(Math.floor(x / CELL), Math.floor(y / CELL)));
    if (!cell) return false;
    // a loop, not some(): the router asks this thousands of times per routing
    for (const r of cell) if (contains(r, x, y) && !except?.includes(r)) return true;
    return false;
  }

  /** Total area of `rect` covered by indexed rectangles. */
  overlap(rect: Rect): number {
    const seen = new Set<Rect>();
    let total = 0;
    const [x0, x1, y0, y1] = cellSpan(rect);
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        for (const other of this.cells.get(cellKey(cx, cy)) ?? []) {
          if (seen.has(other)) continue;
          seen.add(other);
          total += overlapArea(rect, other);
        }
      }
    }
    return total;
  }
}

/** First and last column, first and last row of the cells a rectangle covers. */
function cellSpan(rect: Rect): [number, number, number, number] {
  return [Math.floor(rect.x / CELL), Math.floor((rect.x + rect.width) / CELL), Math.floor(rect.y / CELL), Math.floor((rect.y + rect.height) / CELL)];
}
