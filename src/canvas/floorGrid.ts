/**
 * A hall's floor grid on the canvas: one column per slot, one band per row. A rack node of N racks
 * spans N slots, as on the floor; a band grows to hold a tall rack (one holding switches), so rows
 * never overlap. The engine reads (row, slot); this file only maps them to pixels and back.
 */
import type { FloorPosition } from '../domain/model/design.ts';

/** One slot, px: a card (200 px) and the gap beside it. */
export const SLOT_PX = 224;
/** A card's inset from its cell's corner, so cell lines run in the gaps. */
export const CELL_INSET = { x: 12, y: 14 } as const;
/** The shortest row band, px: a card and room below it for a link label. */
export const ROW_MIN_PX = 120;
/** Below the tallest item of a row, px. */
export const ROW_GAP_PX = 42;
/** Where the grid starts inside the hall, px: room for row labels on the left and slot labels on top. */
export const GRID_ORIGIN = { x: 36, y: 58 } as const;
/** Right and bottom padding of a hall, px. */
export const GRID_PAD = 16;
/** Empty slots and rows kept beyond the last occupied one, so there is always room to drop. */
export const SPARE = { slots: 1, rows: 1 } as const;
export const MIN_GRID = { slots: 3, rows: 2 } as const;

export interface GridItem {
  readonly floor: FloorPosition;
  /** Slots the item spans (a rack node's quantity). */
  readonly slots: number;
  readonly height: number;
}

export interface RowBand {
  readonly row: number;
  /** Top of the band in hall coordinates, px. */
  readonly y: number;
  readonly height: number;
}

export interface HallGrid {
  readonly slots: number;
  readonly rows: readonly RowBand[];
  /** The hall's size, px. */
  readonly width: number;
  readonly height: number;
}

/** The grid that holds `items`, with a spare slot and row, and at least the minimum size. */
export function hallGrid(items: readonly GridItem[]): HallGrid {
  let slots: number = MIN_GRID.slots;
  let rowCount: number = MIN_GRID.rows;
  const tallest = new Map<number, number>();
  for (const item of items) {
    slots = Math.max(slots, item.floor.slot + item.slots + SPARE.slots);
    rowCount = Math.max(rowCount, item.floor.row + 1 + SPARE.rows);
    tallest.set(item.floor.row, Math.max(tallest.get(item.floor.row) ?? 0, item.height));
  }
  const rows: RowBand[] = [];
  let y = GRID_ORIGIN.y;
  for (let row = 0; row < rowCount; row++) {
    const height = Math.max(ROW_MIN_PX, CELL_INSET.y + (tallest.get(row) ?? 0) + ROW_GAP_PX);
    rows.push({ row, y, height });
    y += height;
  }
  return { slots, rows, width: GRID_ORIGIN.x + slots * SLOT_PX + GRID_PAD, height: y + GRID_PAD };
}

/** Whether two grids draw the same. */
export function sameGrid(p: HallGrid, q: HallGrid): boolean {
  return p.slots === q.slots && p.width === q.width && p.height === q.height && p.rows.length === q.rows.length && p.rows.every((r, i) => r.y === q.rows[i]!.y && r.height === q.rows[i]!.height);
}

/** Top-left of the item standing at `floor`, in hall coordinates. */
export function cellOrigin(grid: HallGrid, floor: FloorPosition): { x: number; y: number } {
  return { x: GRID_ORIGIN.x + floor.slot * SLOT_PX + CELL_INSET.x, y: rowTop(grid, floor.row) + CELL_INSET.y };
}

/** Width of an item spanning `slots` slots, px. */
export function spanWidth(slots: number): number {
  return Math.max(1, slots) * SLOT_PX - 2 * CELL_INSET.x;
}

/** The cell whose item's top-left lies nearest to (x, y) in hall coordinates; rows and slots past the grid continue at the minimum pitch. */
export function cellAt(grid: HallGrid, x: number, y: number): FloorPosition {
  const slot = Math.max(0, Math.round((x - CELL_INSET.x - GRID_ORIGIN.x) / SLOT_PX));
  const top = y - CELL_INSET.y;
  let row = 0;
  let best = Infinity;
  for (const band of grid.rows) {
    const d = Math.abs(top - band.y);
    if (d < best) {
      best = d;
      row = band.row;
    }
  }
  const last = grid.rows[grid.rows.length - 1];
  if (last) {
    const k = Math.max(0, Math.round((top - last.y - last.height) / ROW_MIN_PX));
    if (Math.abs(top - (last.y + last.height + k * ROW_MIN_PX)) < best) row = last.row + 1 + k;
  }
  return { row, slot };
}

function rowTop(grid: HallGrid, row: number): number {
  const band = grid.rows[row];
  if (band) return band.y;
  const last = grid.rows[grid.rows.length - 1];
  return last ? last.y + last.height + (row - last.row - 1) * ROW_MIN_PX : GRID_ORIGIN.y + row * ROW_MIN_PX;
}

/** Whether slots [slot, slot + span) of `row` are clear of every item but those skipped. */
export function isFree(items: readonly GridItem[], floor: FloorPosition, span: number): boolean {
  return items.every((it) => it.floor.row !== floor.row || it.floor.slot + it.slots <= floor.slot || floor.slot + span <= it.floor.slot);
}

/**
 * The free run of `span` slots nearest to `want` in its row (ties go right); a rack dropped on
 * another slides beside it instead of standing on top of it.
 */
export function nearestFree(items: readonly GridItem[], want: FloorPosition, span: number): FloorPosition {
  if (isFree(items, want, span)) return want;
  for (let d = 1; ; d++) {
    const right = { row: want.row, slot: want.slot + d };
    if (isFree(items, right, span)) return right;
    const left = { row: want.row, slot: want.slot - d };
    if (left.slot >= 0 && isFree(items, left, span)) return left;
  }
}
