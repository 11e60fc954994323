import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../domain/engine/analyzeDesign.ts';
import { sampleDesign } from '../store/testing/sampleDesign.ts';
import { absoluteRects, toFlowEdges } from './toFlowEdges.ts';
import { autoLayout } from './autoLayout.ts';

describe('toFlowEdges', () => {
  const design = sampleDesign();
  const analysis = analyzeDesign(design);
  const edges = toFlowEdges(design, analysis, autoLayout(design));

  it('draws one edge per link group, labelled with count, optic and length', () => {
    expect(edges.map((e) => e.id)).toEqual(design.links.map((l) => l.id));
    const up = edges.find((e) => e.id === 'l-up')!;
    expect(up).toMatchObject({ source: 'leaf-1', target: 'spine-1', type: 'linkGroup' });
    expect(up.data?.text).toMatch(/^32 × 400G-LR4-10 · [\d.,]+ k?m$/);
    expect(up.data?.status).toBe(analysis.linkById.get('l-up')!.status);
  });

  it('names the verdict in words for assistive technology', () => {
    expect(edges[0]?.ariaLabel).toMatch(/^Link group 128 × .* from GPU row 0 to Leaf 1: (OK|Warning|Error)$/);
  });

  it('fans out parallel link groups between the same two nodes', () => {
    const twin = { ...design, links: [...design.links, { id: 'l-up-2', a: 'spine-1', b: 'leaf-1', count: 8, optic: '400g-lr4-10' }] };
    const fanned = toFlowEdges(twin, analyzeDesign(twin), autoLayout(twin));
    const [first, second] = ['l-up', 'l-up-2'].map((id) => fanned.find((e) => e.id === id)!.data!.bend);
    // the second group is drawn b -> a, so the same side means an opposite sign
    expect(first).not.toBe(-second!);
  });

  it('keeps the same edge object when a re-analysis leaves the group as it was', () => {
    const again = { ...design, name: 'Renamed' };
    const redrawn = toFlowEdges(again, analyzeDesign(again), autoLayout(again));
    expect(redrawn[0]).toBe(edges[0]);
  });

  it('places nested boxes in canvas coordinates', () => {
    const boxes = autoLayout(design);
    const rects = absoluteRects(boxes);
    const hall = boxes.get('hall-a1')!;
    const building = boxes.get('bldg-a')!;
    expect(rects.get('hall-a1')).toMatchObject({ x: building.x + hall.x, y: building.y + hall.y });
  });
});
