import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../catalog/catalog.ts';
import { fitEnd } from './endFit.ts';

const TH6 = 'generic-102t4-64x1600g';

describe('which module an end takes', () => {
  it('an Ethernet Tomahawk 6 cage takes the IEEE 1.6TBASE-DR8 part for 2 x 800G, not NVIDIA\'s XDR twin-port that lists no protocol', () => {
    expect(fitEnd(BUILTIN_CATALOG, TH6, '800g-dr4')).toMatchObject({ ok: true, moduleId: 'osfp224-1600g-dr8', linksPerModule: 2, fillsCage: true, matchesLaneRate: true });
  });

  it.each([
    ['400g-dr2', 4],
    ['200g-dr1', 8],
  ])('a Tomahawk 6 cage runs %s as a split of the IEEE 1.6TBASE-DR8 module, %i links per module filling the cage', (optic, links) => {
    expect(fitEnd(BUILTIN_CATALOG, TH6, optic)).toMatchObject({ ok: true, moduleId: 'osfp224-1600g-dr8', linksPerModule: links, fillsCage: true, matchesLaneRate: true });
  });

  it('an InfiniBand Q3400 cage keeps the XDR twin-port (the Ethernet DR8 part does not speak its protocol)', () => {
    expect(fitEnd(BUILTIN_CATALOG, 'q3400', '800g-dr4')).toMatchObject({ ok: true, moduleId: 'osfp224-2x800g-dr4', matchesLaneRate: true });
  });

  it('a 100G-lane NDR twin-port still fits a Tomahawk 6 cage, but says it is off the cage lane rate and half fills it', () => {
    expect(fitEnd(BUILTIN_CATALOG, TH6, '800g-2xdr4')).toMatchObject({ ok: true, moduleId: 'osfp-2x400g-dr4', fillsCage: false, matchesLaneRate: false });
  });

  it('a 51.2T OSFP switch runs 100G-lane modules at its own lane rate', () => {
    expect(fitEnd(BUILTIN_CATALOG, 'sn5600', '800g-2xdr4')).toMatchObject({ ok: true, matchesLaneRate: true });
  });
});
