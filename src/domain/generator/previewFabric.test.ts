import { describe, expect, it } from 'vitest';
import { previewFabric } from './previewFabric.ts';

describe('generator dialog preview', () => {
  it('4-SU SuperPOD: counts from the sizing, modules and fiber pairs from the engine', () => {
    const r = previewFabric({ template: 'rail-optimized', servers: 127, serverModel: 'dgx-h100', switchModel: 'qm9700' });
    if (!r.ok) throw new Error(r.problems.join('\n'));
    const { counts, modules, fiberPairs, errors } = r.preview;
    expect({ servers: counts.servers, gpus: counts.gpus, leaves: counts.leaves, spines: counts.spines, cores: counts.cores }).toEqual({
      servers: 127,
      gpus: 1016,
      leaves: 32,
      spines: 16,
      cores: 0,
    });
    expect(counts.links).toEqual({ serverLeaf: 1016, leafSpine: 1024, spineCore: 0 });
    // 1,536 switch and 508 DGX twin-port modules, one single-port module at each of the 4 UFM appliances
    expect(modules).toBe(1536 + 508 + 4);
    // every link in this fabric is a parallel 4-lane optic on MPO-12: 8 strands, 4 pairs
    expect(fiberPairs).toBe((1016 + 4 + 1024) * 4);
    expect(r.preview.ufm).toBe('UFM: 4 × NVIDIA UFM Enterprise Appliance 3.1 in a management rack, 4 links to the SU 4 leaves.');
    expect(errors).toBe(0);
  });

  it('passes the problems through when the parameters cannot fit', () => {
    const r = previewFabric({ template: 'rail-optimized', servers: 512, serverModel: 'dgx-h100', switchModel: 'qm9700', tiers: 2 });
    expect(r.ok).toBe(false);
  });
});
