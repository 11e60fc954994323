import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../../domain/engine/analyzeDesign.ts';
import { indexNodes } from '../../domain/engine/placement.ts';
import { channelSteps } from './channelSteps.ts';
import { exampleDesign } from './testing/exampleDesign.ts';

describe('channelSteps', () => {
  it('reads the campus channel device to device, each panel with its place and its mated pair', () => {
    const design = exampleDesign('two-building-lr4');
    const analysis = analyzeDesign(design);
    const v = analysis.linkById.get('a-to-b')!;
    const steps = channelSteps(v.segments, v.plant.connectors, analysis.sites.get('leaf-a')!, analysis.sites.get('spine-b')!, indexNodes(design));
    expect(steps.map((s) => s.label)).toEqual([
      'Patch cord (A end)', 'Panel at Hall A1 row 3', 'MPO trunk', 'Panel at Hall A1', 'MPO trunk', 'Panel at Building A',
      'Outside-plant trunk, 2 splice closures',
      'Panel at Building B', 'MPO trunk', 'Panel at Hall B1', 'MPO trunk', 'Panel at Hall B1 row 3', 'Patch cord (B end)',
    ]);
    expect(steps[1]!.detail).toBe(`LC ${v.plant.connectors[0]!.lossDb} dB`);
  });
});
