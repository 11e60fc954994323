import { describe, expect, it } from 'vitest';
import { getViewportForBounds } from '@xyflow/react';
import { generateFabric } from '../domain/generator/generateFabric.ts';
import { exampleDesign } from '../panels/inspector/testing/exampleDesign.ts';
import { autoLayout } from './autoLayout.ts';
import { absoluteRects } from './toFlowEdges.ts';
import { FIT_PADDING, minZoomFor } from './useFitOnReplace.ts';

describe('minZoomFor', () => {
  it('keeps the usual floor for a design that fits at it', () => {
    expect(minZoomFor(absoluteRects(autoLayout(exampleDesign('two-building-lr4'))))).toBe(0.05);
  });

  it('lowers the floor so that the ~100k-GPU design fits a 912 × 820 canvas whole', () => {
    const generated = generateFabric({ template: 'rail-optimized', servers: 12800, serverModel: 'dgx-h100', switchModel: 'sn5600', tiers: 3, halls: 4 });
    if (!generated.ok) throw new Error(generated.problems.join('; '));
    const rects = absoluteRects(autoLayout(generated.design));
    const building = rects.get(generated.design.nodes.find((n) => n.kind === 'building')!.id)!;
    const floor = minZoomFor(rects);
    const { zoom } = getViewportForBounds(building, 912, 820, floor, 1, FIT_PADDING);
    expect(zoom).toBeLessThan(0.05);
    expect(zoom).toBeGreaterThan(floor);
    expect(building.width * zoom).toBeLessThanOrEqual(912);
    expect(building.height * zoom).toBeLessThanOrEqual(820);
  });
});
