import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../store/testing/sampleDesign.ts';
import { autoLayout } from './autoLayout.ts';
import { dropTarget } from './dropTarget.ts';
import { absoluteRects } from './toFlowEdges.ts';

const design = sampleDesign();
const rects = absoluteRects(autoLayout(design));
const inside = (id: string, dx = 0.5, dy = 0.5) => {
  const r = rects.get(id)!;
  return { x: r.x + r.width * dx, y: r.y + r.height * dy };
};
const titleOf = (id: string) => {
  const r = rects.get(id)!;
  return { x: r.x + 30, y: r.y + 10 };
};

describe('dropTarget', () => {
  it('puts a rack on a hall floor into the hall, even over another rack', () => {
    expect(dropTarget('rack', inside('hall-a1', 0.9, 0.9), design.nodes, rects)).toMatchObject({ ok: true, parent: { id: 'hall-a1' } });
    expect(dropTarget('rack', inside('gpu-1'), design.nodes, rects)).toMatchObject({ ok: true, parent: { id: 'hall-a1' } });
  });

  it('puts a switch over a rack into the rack, else into the hall', () => {
    expect(dropTarget('switch', inside('net-1'), design.nodes, rects)).toMatchObject({ ok: true, parent: { id: 'net-1' } });
    expect(dropTarget('switch', inside('hall-b1', 0.9, 0.9), design.nodes, rects)).toMatchObject({ ok: true, parent: { id: 'hall-b1' } });
  });

  it('puts a hall into the building under it', () => {
    expect(dropTarget('hall', titleOf('bldg-b'), design.nodes, rects)).toMatchObject({ ok: true, parent: { id: 'bldg-b' } });
  });

  it('refuses with the nesting rule, naming the container it was dropped on', () => {
    expect(dropTarget('rack', titleOf('bldg-a'), design.nodes, rects)).toEqual({ ok: false, reason: 'a rack cannot sit in a building (only in a hall)', over: expect.objectContaining({ id: 'bldg-a' }) });
    expect(dropTarget('building', inside('hall-a1'), design.nodes, rects)).toMatchObject({ ok: false, reason: 'a building stands on the campus, not in a hall' });
    expect(dropTarget('rack', { x: -5000, y: -5000 }, design.nodes, rects)).toEqual({ ok: false, reason: 'a rack must sit in a hall', over: null });
  });

  it('stands a building on the open campus', () => {
    expect(dropTarget('building', { x: -5000, y: 0 }, design.nodes, rects)).toEqual({ ok: true, parent: null });
  });

  it('ignores the dragged node and what it holds', () => {
    const exclude = new Set(['hall-a1', 'gpu-1', 'gpu-2', 'net-1', 'leaf-1']);
    expect(dropTarget('hall', inside('hall-a1'), design.nodes, rects, exclude)).toMatchObject({ ok: true, parent: { id: 'bldg-a' } });
  });
});
