import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../catalog/catalog.ts';
import { campusReach } from './campusReach.ts';
import { generateFabric } from './generateFabric.ts';
import type { FabricParams } from './params.ts';

const campus = (extra: Partial<FabricParams>): FabricParams => ({
  template: 'rail-optimized',
  servers: 256,
  serverModel: 'hgx-8gpu-400g',
  switchModel: 'arista-7060dx5-64s',
  buildings: 2,
  buildingDistanceM: 1500,
  ...extra,
});

describe('between buildings', () => {
  it('the runs between buildings take the campus optic; in-hall runs keep the ranked one', () => {
    const ranked = generateFabric(campus({}));
    const chosen = generateFabric(campus({ campusOptic: '400g-lr4-6' }));
    if (!ranked.ok || !chosen.ok) throw new Error('generation failed');
    const optics = (links: readonly { optic: string }[]) => [...new Set(links.map((l) => l.optic))];
    expect(optics(ranked.design.links)).toEqual(['400g-dr4', '400g-sr8', '400g-lr4-10']);
    expect(optics(chosen.design.links)).toEqual(['400g-dr4', '400g-sr8', '400g-lr4-6']);
  });

  it('says in plain words what reaches when no optic the OSFP switches host passes', () => {
    const r = generateFabric(campus({ servers: 576, serverModel: 'dgx-b300', switchModel: 'q3400', tiers: 3 }));
    expect(r.ok).toBe(false);
    const text = !r.ok ? r.problems.join(' ') : '';
    expect(text).toMatch(/^between buildings \(spine-g2--core, \d+ m\): no 800G optic that both q3400 and q3400 can host passes/);
    expect(text).toMatch(/--campus-optic ID; dialog: Campus optic/);
  });

  it('lists each optic that reaches with what the two ends make of it', () => {
    const words = campusReach(BUILTIN_CATALOG, 'qm9700', 'qm9700', 400, 2100);
    // QM9700 is InfiniBand: the Ethernet LR4 modules do not go in its cages
    expect(words).toMatch(/400g-lr4-10 \(400G-LR4-10, 10 km; no module for qm9700\)/);
    expect(words).toMatch(/The farthest a module that fills these switches' cages reaches is 2 km/);
    expect(words).not.toMatch(/400g-fr4 /);
  });

  it('an unknown or wrong-rate campus optic is a parameter problem', () => {
    expect(generateFabric(campus({ campusOptic: 'nope' }))).toEqual({ ok: false, problems: ['campusOptic: unknown optic "nope".'] });
    const wrongRate = generateFabric(campus({ campusOptic: '800g-2xfr4' }));
    expect(!wrongRate.ok && wrongRate.problems).toEqual(["campusOptic: 800g-2xfr4 runs at 800G but the fabric runs at 400G (the server's port rate)."]);
  });
});
