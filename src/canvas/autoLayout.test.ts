import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../store/testing/sampleDesign.ts';
import { autoLayout, type Box } from './autoLayout.ts';

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

  it('puts hall-level switches after the racks', () => {
    const base = sampleDesign();
    const rackB = { id: 'gpu-b', kind: 'rack', parent: 'hall-b1', name: 'GPU B', rackKind: 'gpu', floor: { row: 5, slot: 0 }, quantity: 1 } as const;
    const layout = autoLayout({ ...base, nodes: [...base.nodes, rackB] });
    expect(layout.get('spine-1')!.y).toBeGreaterThan(layout.get('gpu-b')!.y + layout.get('gpu-b')!.height);
  });

  it('orders rack rows by floor row, and racks in a row by slot', () => {
    expect(box('gpu-2').y).toBeGreaterThan(box('gpu-1').y);
    expect(box('net-1').y).toBe(box('gpu-1').y);
    expect(box('net-1').x).toBeGreaterThan(box('gpu-1').x);
  });

  it('never overlaps siblings', () => {
    const all = [...boxes.entries()];
    for (const [idP, p] of all) {
      for (const [idQ, q] of all) {
        if (idP < idQ && p.parentId === q.parentId) expect(overlaps(p, q), `${idP} / ${idQ}`).toBe(false);
      }
    }
  });

  it('keeps saved positions and grows containers to hold them', () => {
    const moved = autoLayout(sampleDesign({ layout: { 'gpu-1': { x: 900, y: 500 }, 'bldg-b': { x: 4000, y: 100, width: 50, height: 50 } } }));
    expect(moved.get('gpu-1')).toMatchObject({ x: 900, y: 500 });
    const hall = moved.get('hall-a1');
    expect(hall && hall.width >= 900 + 200 && hall.height >= 500 + 64).toBe(true);
    expect(moved.get('bldg-b')).toMatchObject({ x: 4000, y: 100 });
    expect(moved.get('bldg-b')!.width).toBeGreaterThan(50);
  });

  it('is pure: the same design gives the same layout', () => {
    expect(autoLayout(sampleDesign())).toEqual(boxes);
  });
});
