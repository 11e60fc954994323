import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../domain/catalog/catalog.ts';
import { sampleDesign } from '../store/testing/sampleDesign.ts';
import { autoLayout } from './autoLayout.ts';
import { withNodeOverlays } from './overlays.ts';
import { toFlowNodes } from './toFlowNodes.ts';

const design = sampleDesign();
const nodes = toFlowNodes(design.nodes, autoLayout(design), BUILTIN_CATALOG, design.settings);

describe('withNodeOverlays', () => {
  it('hands back the derived array itself when nothing is selected or dragged', () => {
    expect(withNodeOverlays(design, nodes, [], null)).toBe(nodes);
  });

  it('marks the selection, keeping every other node and one object per selected node', () => {
    const once = withNodeOverlays(design, nodes, ['gpu-1'], null);
    const again = withNodeOverlays(design, nodes, ['gpu-1'], null);
    const index = nodes.findIndex((n) => n.id === 'gpu-1');
    expect(once[index]).toMatchObject({ id: 'gpu-1', selected: true });
    expect(again[index]).toBe(once[index]);
    once.forEach((n, i) => {
      if (i !== index) expect(n).toBe(nodes[i]);
    });
  });

  it('draws a dragged node where it is dragged, lifted above the rest with what it holds', () => {
    const out = withNodeOverlays(design, nodes, [], new Map([['net-1', { x: 5, y: 6 }]]));
    const rack = out.find((n) => n.id === 'net-1')!;
    const leaf = out.find((n) => n.id === 'leaf-1')!;
    expect(rack.position).toEqual({ x: 5, y: 6 });
    expect(rack.zIndex).toBeGreaterThan(nodes.find((n) => n.id === 'net-1')!.zIndex!);
    expect(leaf.zIndex).toBeGreaterThan(rack.zIndex!);
    expect(out.find((n) => n.id === 'gpu-1')).toBe(nodes.find((n) => n.id === 'gpu-1'));
    // the next drag frame moves the dragged node; what it holds keeps its object, so it is not drawn again
    const next = withNodeOverlays(design, nodes, [], new Map([['net-1', { x: 9, y: 6 }]]));
    expect(next.find((n) => n.id === 'net-1')!.position).toEqual({ x: 9, y: 6 });
    expect(next.find((n) => n.id === 'leaf-1')).toBe(leaf);
  });
});
