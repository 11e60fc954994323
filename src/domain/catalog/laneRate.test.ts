import { describe, expect, it } from 'vitest';
import { MODULES } from './modules.ts';
import { OPTICS } from './optics.ts';
import { FORM_FACTOR_LANE_GBPS, matchesCageLanes, moduleLaneGbps, opticLaneGbps } from './laneRate.ts';
import type { ModuleSpec, OpticSpec } from './types.ts';

const optics: Readonly<Record<string, OpticSpec>> = OPTICS;
const modules: Readonly<Record<string, ModuleSpec>> = MODULES;
const optic = (id: string): OpticSpec => optics[id] ?? fail(`no optic ${id}`);
const moduleOf = (id: string): ModuleSpec => modules[id] ?? fail(`no module ${id}`);
function fail(message: string): never {
  throw new Error(message);
}

describe('lane rate', () => {
  it('an optic carries its rate over its lanes: 200G lanes for 802.3dj DR, 100G for the NDR twin-port', () => {
    expect(opticLaneGbps(optic('800g-dr4'))).toBe(200);
    expect(opticLaneGbps(optic('1600g-dr8'))).toBe(200);
    expect(opticLaneGbps(optic('200g-dr1'))).toBe(200);
    expect(opticLaneGbps(optic('400g-dr2'))).toBe(200);
    expect(opticLaneGbps(optic('800g-2xdr4'))).toBe(100);
    expect(opticLaneGbps(optic('400g-dr4'))).toBe(100);
  });

  it('form factors run at the lane rate of optics.md section 3 (OSFP224 8 x 200G, OSFP 8 x 100G, QSFP-DD 8 x 50G)', () => {
    expect([FORM_FACTOR_LANE_GBPS.OSFP224, FORM_FACTOR_LANE_GBPS.OSFP, FORM_FACTOR_LANE_GBPS['QSFP-DD'], FORM_FACTOR_LANE_GBPS.QSFP112]).toEqual([200, 100, 50, 100]);
    expect(FORM_FACTOR_LANE_GBPS.CPO).toBeNull();
  });

  it('a module meets the host at the slower of its optic lanes and its form factor', () => {
    expect(moduleLaneGbps(moduleOf('osfp224-1600g-dr8'), optic('800g-dr4'))).toBe(200);
    // 800GBASE-DR4 in an OSFP module: 200G optical lanes, 8 x 100G to the host
    expect(moduleLaneGbps(moduleOf('osfp-800g-dr4'), optic('800g-dr4'))).toBe(100);
    expect(moduleLaneGbps(moduleOf('qsfpdd-400g-dr4'), optic('400g-dr4'))).toBe(50);
  });

  it('a 100G-lane module does not match a 200G-lane OSFP224 cage; unknown rates never count against a module', () => {
    const ndrTwin = moduleOf('osfp-2x400g-dr4');
    expect(matchesCageLanes(ndrTwin, optic('800g-2xdr4'), { formFactor: 'OSFP224' })).toBe(false);
    expect(matchesCageLanes(ndrTwin, optic('800g-2xdr4'), { formFactor: 'OSFP' })).toBe(true);
    expect(matchesCageLanes(moduleOf('osfp224-2x800g-dr4'), optic('800g-dr4'), { formFactor: 'OSFP224' })).toBe(true);
    expect(matchesCageLanes(moduleOf('cpo-800g-port'), optic('800g-dr4'), { formFactor: 'CPO' })).toBe(true);
  });
});
