import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../../domain/engine/analyzeDesign.ts';
import { sampleDesign } from '../../store/testing/sampleDesign.ts';
import { defaultLinkCount, freeLinks } from './freePorts.ts';

describe('defaultLinkCount', () => {
  it.each([
    // what both ends allow, rounded down to spread evenly over both ends' devices
    [32, 128, 4, 1, 32],
    [40, 128, 4, 3, 36],
    [10, 128, 4, 3, 10], // no even multiple fits: take what the ports allow
    [0, 128, 4, 1, 1], // no free port: 1, the user types their own
    [256, 96, 16, 2, 96],
  ])('free %i and %i over %i and %i devices: %i', (freeA, freeB, devicesA, devicesB, expected) => {
    expect(defaultLinkCount(freeA, freeB, devicesA, devicesB)).toBe(expected);
  });
});

describe('free ports', () => {
  const bare = sampleDesign({ links: [] });
  const analysis = analyzeDesign(bare);

  it('counts every cage free when nothing is connected', () => {
    // gpu-1: 4 racks × 4 DGX H100, 4 OSFP compute cages each, twin-port 2 × 400G-DR4 modules
    expect(freeLinks(analysis, 'gpu-1', analysis.sites.get('gpu-1')!, '400g-dr4')).toBe(16 * 4 * 2);
    // leaf-1: 2 × SN5600, 64 OSFP cages, twin-port modules
    expect(freeLinks(analysis, 'leaf-1', analysis.sites.get('leaf-1')!, '400g-dr4')).toBe(2 * 64 * 2);
  });

  it('takes the cages existing link groups use on the busiest device', () => {
    const wired = sampleDesign();
    const a = analyzeDesign(wired);
    const site = a.sites.get('leaf-1')!;
    const fit = a.linkById.get('l-gpu-1')!.endB!;
    // two DR4 groups of 128 links over 2 leaves: 64 ends per leaf each, 2 per module (64 cages);
    // the LR4-10 uplink puts 16 single-port modules on each leaf: 80 cages wanted of 64
    expect(a.cagesInUse('leaf-1', fit.portGroupIndex)).toBe(80);
    expect(freeLinks(a, 'leaf-1', site, '400g-dr4')).toBe(0);
  });

  it('is zero for an optic the device cannot host', () => {
    expect(freeLinks(analysis, 'gpu-1', analysis.sites.get('gpu-1')!, '800g-dr8')).toBe(0);
  });
});
