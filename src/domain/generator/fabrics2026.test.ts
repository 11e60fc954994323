/** The generator on the 2026 catalog: 102.4T Tomahawk 6 class leaves and co-packaged-optics switches, sized from their radix. */
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../engine/analyzeDesign.ts';
import { generateFabric } from './generateFabric.ts';
import type { FabricParams } from './params.ts';

function generated(params: FabricParams) {
  const r = generateFabric(params);
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return { ...r, analysis: analyzeDesign(r.design) };
}

describe('fabrics on the 2026 switches', () => {
  it('Tomahawk 6 class (128 × 800G): 64 servers per SU, 16 leaves and 8 spines for 128 eight-rail servers, every port used', () => {
    const { counts, analysis } = generated({ template: 'rail-optimized', servers: 128, serverModel: 'hgx-8gpu-800g', switchModel: 'generic-102t4-64x1600g' });
    expect(counts).toMatchObject({ serversPerSu: 64, sus: 2, tiers: 2, rateGbps: 800, leaves: 16, spines: 8 });
    expect(counts.downlinksPerLeaf + counts.uplinksPerLeaf).toBe(128);
    expect(counts.links).toEqual({ serverLeaf: 1024, leafSpine: 1024, spineCore: 0 });
    expect(analysis.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // 800G twin-port modules fill the 1.6T cages: 1,024 down + 2 × 1,024 leaf–spine ends, two links each
    expect(analysis.bom.modules.reduce((s, m) => s + m.switchSide, 0)).toBe(1536);
  });

  it('Quantum-X Photonics Q3450-LD leaves and spines: the B300 XDR 4-SU table (32 leaves, 18 spines), transceivers only in the servers', () => {
    const { counts, analysis } = generated({ template: 'rail-optimized', servers: 288, serverModel: 'dgx-b300', switchModel: 'q3450-ld' });
    expect(counts).toMatchObject({ serversPerSu: 72, sus: 4, leaves: 32, spines: 18 });
    const { bom } = analysis;
    expect(bom.modules.map((m) => [m.module, m.switchSide, m.serverSide])).toEqual([['osfp224-800g-dr4-flat', 0, 2304]]);
    // every switch end is a faceplate port: 2,304 down at the leaves + 2 × 2,304 leaf–spine ends
    expect(bom.coPackagedPorts).toBe(3 * 2304);
  });
});
