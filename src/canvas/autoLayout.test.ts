import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../store/testing/sampleDesign.ts';
import { autoLayout } from './autoLayout.ts';
import type { Box } from './layoutBox.ts';
import { SLOT_PX, spanWidth } from './floorGrid.ts';

const contains = (outer: Box, inner: Box) =>
  inner.x >= 0 && inner.y >= 0 && inner.x + inner.width <= outer.width && inner.y + inner.height <= outer.height;
const overlaps = (p: Box, q: Box) => p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;

describe('autoLayout', () => {
  const boxes = autoLayout(sampleDesign());
  const box = (id: string) => {
    const b = boxes.get(id);
    if (!b) throw new Error(`no box for ${id}`);
    return b;
  };

  it('places buildings side by side in campus order, without overlap', () => {
    expect(box('bldg-a').parentId).toBeNull();
    expect(box('bldg-a').x).toBe(0);
    expect(box('bldg-b').x).toBeGreaterThan(box('bldg-a').x + box('bldg-a').width);
    expect(box('bldg-b').y).toBe(box('bldg-a').y);
  });

  it('puts every node inside its container, sized to hold it', () => {
    for (const [id, parent] of [['hall-a1', 'bldg-a'], ['hall-b1', 'bldg-b'], ['gpu-1', 'hall-a1'], ['gpu-2', 'hall-a1'], ['net-1', 'hall-a1'], ['spine-1', 'hall-b1']] as const) {
      expect(box(id).parentId).toBe(parent);
      expect(contains(box(parent), box(id))).toBe(true);
    }
  });

  it('draws a switch standing in a rack inside that rack, which grows to hold it', () => {
    expect(box('leaf-1').parentId).toBe('net-1');
    expect(contains(box('net-1'), box('leaf-1'))).toBe(true);
    expect(box('net-1').height).toBeGreaterThan(box('gpu-1').height);
  });

  it('stands racks and hall switches on their floor cell: slots left to right, rows top to bottom', () => {
    // gpu-1: row 0 slot 2; net-1: row 0 slot 8; gpu-2: row 1 slot 0
    expect(box('net-1').y).toBe(box('gpu-1').y);
    expect(box('net-1').x - box('gpu-1').x).toBe(6 * SLOT_PX);
    expect(box('gpu-2').y).toBeGreaterThan(box('gpu-1').y);
    expect(box('gpu-1').x - box('gpu-2').x).toBe(2 * SLOT_PX);
  });

  it('draws a node of N racks across its N slots', () => {
    expect(box('gpu-1').width).toBe(spanWidth(4));
    expect(box('net-1').width).toBe(spanWidth(1));
  });

  it('gives a hall its floor grid, with a spare slot and row to drop into', () => {
    const grid = box('hall-a1').grid!;
    expect(grid.slots).toBe(8 + 1 + 1);
    expect(grid.rows.map((r) => r.row)).toEqual([0, 1, 2]);
    // row 0 holds the network rack with its switches, so its band is taller
    expect(grid.rows[0]!.height).toBeGreaterThan(grid.rows[1]!.height);
  });

  it('never overlaps siblings', () => {
    const all = [...boxes.entries()];
    for (const [idP, p] of all) {
      for (const [idQ, q] of all) {
        if (idP < idQ && p.parentId === q.parentId) expect(overlaps(p, q), `${idP} / ${idQ}`).toBe(false);
      }
    }
  });

  it('keeps saved positions of buildings and halls and grows containers to hold them', () => {
    const moved = autoLayout(sampleDesign({ layout: { 'hall-a1': { x: 300, y: 500 }, 'bldg-b': { x: 9000, y: 100, width: 50, height: 50 } } }));
    expect(moved.get('hall-a1')).toMatchObject({ x: 300, y: 500 });
    const building = moved.get('bldg-a')!;
    const hall = moved.get('hall-a1')!;
    expect(building.width).toBeGreaterThanOrEqual(300 + hall.width);
    expect(building.height).toBeGreaterThanOrEqual(500 + hall.height);
    expect(moved.get('bldg-b')).toMatchObject({ x: 9000, y: 100 });
    expect(moved.get('bldg-b')!.width).toBeGreaterThan(50);
  });

  it('places racks by their floor, not by a saved canvas position', () => {
    const moved = autoLayout(sampleDesign({ layout: { 'gpu-1': { x: 900, y: 500 } } }));
    expect(moved.get('gpu-1')).toEqual(box('gpu-1'));
  });

  it('stacks a new hall below one the user moved, never on it', () => {
    const base = sampleDesign({ layout: { 'hall-a1': { x: 20, y: 44 } } });
    const extra = { id: 'hall-a2', kind: 'hall', parent: 'bldg-a', name: 'Hall A2', entryM: { x: 80, y: 0 } } as const;
    const layout = autoLayout({ ...base, nodes: [...base.nodes, extra] });
    expect(overlaps(layout.get('hall-a1')!, layout.get('hall-a2')!)).toBe(false);
  });

  it('is pure: the same design gives the same layout', () => {
    expect(autoLayout(sampleDesign())).toEqual(boxes);
  });
});
