import { describe, expect, it } from 'vitest';
import { cellAt, cellOrigin, CELL_INSET, GRID_ORIGIN, hallGrid, isFree, MIN_GRID, nearestFree, ROW_MIN_PX, SLOT_PX, spanWidth } from './floorGrid.ts';

const rack = (row: number, slot: number, slots = 1, height = 64) => ({ floor: { row, slot }, slots, height });

describe('hallGrid', () => {
  it('is at least the minimum size, with room to drop into', () => {
    const grid = hallGrid([]);
    expect(grid.slots).toBe(MIN_GRID.slots);
    expect(grid.rows).toHaveLength(MIN_GRID.rows);
  });

  it('keeps a spare slot after the last occupied one and a spare row below the last row', () => {
    const grid = hallGrid([rack(3, 5, 4)]);
    expect(grid.slots).toBe(5 + 4 + 1);
    expect(grid.rows.map((r) => r.row)).toEqual([0, 1, 2, 3, 4]);
  });

  it('grows a row band to hold a tall rack, so rows never overlap', () => {
    const grid = hallGrid([rack(0, 0, 1, 300), rack(1, 0)]);
    expect(grid.rows[0]!.height).toBeGreaterThan(300);
    expect(grid.rows[1]!.y).toBe(grid.rows[0]!.y + grid.rows[0]!.height);
    expect(grid.rows[1]!.height).toBe(ROW_MIN_PX);
  });
});

describe('cells and pixels', () => {
  const grid = hallGrid([rack(0, 0, 1, 300), rack(2, 6)]);

  it.each([
    [0, 0],
    [0, 4],
    [1, 2],
    [2, 6],
    [3, 1],
  ])('row %i, slot %i maps to pixels and back', (row, slot) => {
    const { x, y } = cellOrigin(grid, { row, slot });
    expect(cellAt(grid, x, y)).toEqual({ row, slot });
    // anywhere within half a cell snaps to the same cell
    expect(cellAt(grid, x + SLOT_PX * 0.4, y + 20)).toEqual({ row, slot });
  });

  it('continues past the grid at the minimum row pitch, and never below zero', () => {
    const last = grid.rows[grid.rows.length - 1]!;
    const below = cellAt(grid, GRID_ORIGIN.x, last.y + last.height + 2 * ROW_MIN_PX + CELL_INSET.y);
    expect(below.row).toBe(last.row + 3);
    expect(cellAt(grid, -500, -500)).toEqual({ row: 0, slot: 0 });
  });

  it('draws a node of N racks across N slots', () => {
    expect(spanWidth(1)).toBe(SLOT_PX - 2 * CELL_INSET.x);
    expect(spanWidth(3) - spanWidth(1)).toBe(2 * SLOT_PX);
  });
});

describe('free floor', () => {
  const items = [rack(0, 0, 2), rack(0, 3), rack(1, 0)];

  it('knows which runs of slots are taken', () => {
    expect(isFree(items, { row: 0, slot: 2 }, 1)).toBe(true);
    expect(isFree(items, { row: 0, slot: 2 }, 2)).toBe(false);
    expect(isFree(items, { row: 2, slot: 0 }, 8)).toBe(true);
  });

  it('slides a dropped rack to the nearest free run in its row, preferring the right', () => {
    expect(nearestFree(items, { row: 0, slot: 2 }, 1)).toEqual({ row: 0, slot: 2 });
    expect(nearestFree(items, { row: 0, slot: 1 }, 1)).toEqual({ row: 0, slot: 2 });
    expect(nearestFree(items, { row: 0, slot: 0 }, 2)).toEqual({ row: 0, slot: 4 });
    expect(nearestFree(items, { row: 1, slot: 0 }, 1)).toEqual({ row: 1, slot: 1 });
  });
});
