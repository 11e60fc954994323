import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../catalog/catalog.ts';
import { FORM_FACTOR_LANE_GBPS } from '../catalog/laneRate.ts';
import { fitEnd } from '../engine/endFit.ts';
import { generateFabric } from './generateFabric.ts';
import { laneMismatch } from './laneMismatch.ts';
import type { FabricParams } from './params.ts';

const TH6 = 'generic-102t4-64x1600g';
const device = (id: string) => BUILTIN_CATALOG.devices[id]!;
const h100OnTh6: FabricParams = { template: 'rail-optimized', servers: 256, serverModel: 'dgx-h100', switchModel: TH6 };

describe('laneMismatch', () => {
  it('a 100G-lane 400G optic between a DGX H100 (OSFP) and a Tomahawk 6 (OSFP224) leaves the switch end short for its lanes', () => {
    // the catalog's facts the message rests on: OSFP 100G lanes, OSFP224 200G lanes, 400G at 2 ports per H100 cage and 4 per TH6 cage
    expect([FORM_FACTOR_LANE_GBPS.OSFP, FORM_FACTOR_LANE_GBPS.OSFP224]).toEqual([100, 200]);
    expect(device('dgx-h100').portGroups[0]).toMatchObject({ formFactor: 'OSFP', modes: [{ ports: 2, rateGbps: 400 }] });
    expect(device(TH6).portGroups[0]!.modes).toContainEqual({ ports: 4, rateGbps: 400 });
    const fit = fitEnd(BUILTIN_CATALOG, TH6, '400g-ndr-sr4');
    expect(fit.ok && [fit.fillsCage, fit.matchesLaneRate]).toEqual([false, false]);

    expect(laneMismatch(BUILTIN_CATALOG, '400g-ndr-sr4', { model: 'dgx-h100' }, { model: TH6 })).toEqual({
      rateGbps: 400,
      short: { model: TH6, formFactor: 'OSFP224', laneGbps: 200 },
      other: { model: 'dgx-h100', formFactor: 'OSFP', laneGbps: 100 },
    });
  });

  it('is no reason where the lanes agree: a single-port optic in a twin-port cage, or a cage the optic fills', () => {
    expect(laneMismatch(BUILTIN_CATALOG, '400g-lr4-10', { model: 'sn5600' }, { model: 'sn5600' })).toBeNull();
    expect(laneMismatch(BUILTIN_CATALOG, '400g-ndr-sr4', { model: 'dgx-h100' }, { model: 'sn5600' })).toBeNull();
    // both ends fill their cages: nothing to explain although the lanes differ
    expect(laneMismatch(BUILTIN_CATALOG, '400g-dr2', { model: TH6 }, { model: TH6 })).toBeNull();
  });
});

describe('generating DGX H100 servers on a Tomahawk 6 switch', () => {
  const result = generateFabric(h100OnTh6);
  const message = result.ok ? '' : result.problems.join('\n');

  it('is refused for the lane rates, not with advice to add switches', () => {
    expect(result.ok).toBe(false);
    expect(message).toMatch(/^Lane rates do not match: NVIDIA DGX H100 runs its 400G ports as 4 × 100G lanes \(OSFP\), Generic Tomahawk 6 switch.* as 2 × 200G lanes \(OSFP224\)\./);
    expect(message).not.toMatch(/add switches|fix that tier's optic/);
    // the figures come from the engine's ports-exhausted finding and the catalog
    const [, needed, has] = /needs (\d+) cages but has (\d+)/.exec(message) ?? [];
    expect(Number(has)).toBe(device(TH6).portGroups[0]!.cages);
    expect(Number(needed)).toBeGreaterThan(Number(has));
  });

  it('names models that would match, and the first of each generates', () => {
    const [, switches] = /Choose a switch whose 400G ports run 100G lanes \((.*)\), or a server/.exec(message) ?? [];
    const [, servers] = /or a server whose ports run 200G lanes \((.*)\)\.$/.exec(message) ?? [];
    expect(switches).toContain(device('sn5600').name);
    expect(servers).toContain(device('dgx-b300').name);
    const byName = (name: string) => Object.entries(BUILTIN_CATALOG.devices).find(([, d]) => d.name === name)![0];
    const firstSwitch = byName(switches!.split('; ')[0]!);
    const firstServer = byName(servers!.split('; ')[0]!);
    expect(generateFabric({ ...h100OnTh6, switchModel: firstSwitch }).ok).toBe(true);
    expect(generateFabric({ ...h100OnTh6, servers: 64, serverModel: firstServer }).ok).toBe(true);
  });
});
