import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../catalog/catalog.ts';
import { FIBER_GRADES, type ModuleSpec, type OpticSpec } from '../catalog/types.ts';
import { DEFAULT_SETTINGS } from '../model/defaultSettings.ts';
import type { Design } from '../model/design.ts';
import { building, design, hall, linkGroup, switches } from '../testing/designBuilder.ts';
import { analyzeDesign } from './analyzeDesign.ts';
import { rankOptics } from './rankOptics.ts';

/** Two switches of `model` (B end `modelB`) in one hall, joined by one link group with a fixed plant. */
function pointToPoint(model: string, optic: string, extra: Parameters<typeof linkGroup>[5], count = 1, modelB = model): Design {
  return design(
    [building('b1'), hall('h1', 'b1'), switches('s1', 'h1', model, 'leaf', 1, { row: 0, slot: 0 }), switches('s2', 'h1', modelB, 'spine', 1, { row: 4, slot: 0 })],
    [linkGroup('l1', 's1', 's2', count, optic, extra)],
  );
}

const plant = (lengthM: number, connections: number) => ({ lengthM, connections, connectorLossDb: 0.5, splices: 0 });
const codes = (d: Design) => analyzeDesign(d).findings.map((f) => `${f.severity}:${f.code}`);

describe('no silent pass', () => {
  it('NVIDIA 2xDR4 takes 400GBASE-DR4\'s 3.0 dB: 480 m with 8 connections at 0.5 dB (4.19 dB) fails, it no longer shows OK', () => {
    const a = analyzeDesign(pointToPoint('sn5600', '800g-2xdr4', plant(480, 8)));
    const v = a.linkById.get('l1')!;
    expect(v.status).toBe('error');
    expect(v.fit?.budgetDb).toBe(3.0);
    // 0.48 km x 0.4 dB/km + 8 x 0.5 dB
    expect(v.fit?.lossDb).toBeCloseTo(4.19, 2);
    expect(a.findings.find((f) => f.code === 'loss-budget-exceeded')?.severity).toBe('error');
  });

  it('400GBASE-ER8 has no published budget: a loss-unverified warning naming a verified optic, never ok', () => {
    const a = analyzeDesign(pointToPoint('generic-25t6-64x400g-qsfpdd', '400g-er8', plant(3000, 2)));
    expect(a.linkById.get('l1')?.status).toBe('warning');
    const f = a.findings.find((x) => x.code === 'loss-unverified');
    expect(f?.severity).toBe('warning');
    // 3 km x 0.4 + 2 x 0.5
    expect(f && f.code === 'loss-unverified' && f.lossDb).toBeCloseTo(2.2, 2);
    expect(f?.message).toMatch(/400GBASE-ER8 publishes no channel insertion loss on OS2/);
    expect(f?.message).toMatch(/would make it checkable, or use 400G-LR4-10, whose budget is published/);
    expect(f?.message).not.toMatch(/400g-/);
  });

  it('ranking puts verified passes before unverified ones: a 3 km campus run takes LR4-10 before ER8', () => {
    const q = { modelA: 'generic-25t6-64x400g-qsfpdd', modelB: 'generic-25t6-64x400g-qsfpdd', lengthM: 3000, path: 'cross-building', rateGbps: 400 } as const;
    const options = rankOptics(q, BUILTIN_CATALOG, DEFAULT_SETTINGS);
    const order = options.map((o) => o.optic);
    expect(options[0]?.verified).toBe(true);
    expect(order.indexOf('400g-lr4-10')).toBeLessThan(order.indexOf('400g-er8'));
    expect(options.find((o) => o.optic === '400g-er8')?.status).toBe('warning');
  });

  it('every catalog optic without a budget on a grade it is specified on yields loss-unverified there, never ok', () => {
    let checked = 0;
    for (const [id, optic] of Object.entries(BUILTIN_CATALOG.optics)) {
      if (optic.medium !== 'smf' && optic.medium !== 'mmf') continue;
      for (const fiber of FIBER_GRADES) {
        const reachM = optic.reachM[fiber];
        if (reachM === undefined || optic.maxChannelLossDb[fiber] !== undefined) continue;
        const a = analyzeDesign(pointToPoint('generic-25t6-64x400g-qsfpdd', id, { ...plant(Math.min(reachM, 50), 2), fiber }));
        expect(a.linkById.get('l1')?.status, `${id} on ${fiber}`).not.toBe('ok');
        expect(a.findings.some((f) => f.code === 'loss-unverified' && f.optic === id), `${id} on ${fiber}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('coherent 800ZR over 40 km: within its 120 km reach, but no insertion-loss budget applies, so loss-unverified, never ok', () => {
    const a = analyzeDesign(pointToPoint('sn5600', '800g-zr', plant(40000, 6)));
    expect(a.linkById.get('l1')).toMatchObject({ status: 'warning', fit: { reachM: 120000, reachStatus: 'ok', lossStatus: 'no-budget' } });
    expect(codes(pointToPoint('sn5600', '800g-zr', plant(40000, 6)))).toEqual(['warning:loss-unverified']);
  });

  it('a design-supplied optic without a budget behaves the same', () => {
    const own: OpticSpec = { ...BUILTIN_CATALOG.optics['400g-lr4-10']!, name: 'Vendor X LR4', maxChannelLossDb: {}, lanePower: undefined, dom: undefined };
    const mod: ModuleSpec = { ...BUILTIN_CATALOG.modules['qsfpdd-400g-lr4-10']!, name: 'Vendor X LR4 QSFP-DD', carries: [{ optic: 'x-lr4', linksPerModule: 1 }] };
    const d = { ...pointToPoint('generic-25t6-64x400g-qsfpdd', 'x-lr4', plant(2000, 2)), catalog: { optics: { 'x-lr4': own }, modules: { 'x-lr4-qsfpdd': mod } } };
    expect(codes(d)).toEqual(['warning:loss-unverified']);
  });
});

describe('protocol', () => {
  it('an Ethernet 400G-LR4-10 in a Quantum-2 QM9700 is a protocol-mismatch naming an optic the switch takes', () => {
    const a = analyzeDesign(pointToPoint('qm9700', '400g-lr4-10', plant(2000, 2)));
    const f = a.findings.find((x) => x.code === 'protocol-mismatch');
    expect(f?.severity).toBe('error');
    expect(f && f.code === 'protocol-mismatch' && [f.expected, f.found]).toEqual([['infiniband'], ['ethernet']]);
    expect(f?.message).toBe("400G-LR4-10 modules are Ethernet only, but NVIDIA Quantum-2 QM9700's ports speak InfiniBand: use 400GBASE-FR4 (2 km).");
  });

  it('the two ends of a link: an Ethernet SN5600 to an InfiniBand QM9700 is a protocol-mismatch', () => {
    const a = analyzeDesign(pointToPoint('sn5600', '400g-dr4', plant(100, 2), 2, 'qm9700'));
    const f = a.findings.find((x) => x.code === 'protocol-mismatch');
    expect(f && f.code === 'protocol-mismatch' && f.end).toBeNull();
    expect(f?.message).toMatch(/NVIDIA Quantum-2 QM9700 speaks InfiniBand but the other end speaks Ethernet/);
  });

  it('across buildings on QM9700 the fix says which optics reach and what they need', () => {
    const a = analyzeDesign(pointToPoint('qm9700', '400g-dr4', plant(3000, 2), 2));
    const f = a.findings.find((x) => x.code === 'reach-exceeded');
    expect(f && f.code === 'reach-exceeded' && f.alternatives.map((x) => [x.optic, x.needs])).toEqual([
      ['400g-lr4-6', 'protocol'],
      ['400g-lr4-10', 'protocol'],
      ['400g-lr8', 'protocol'],
    ]);
    expect(f?.message).toMatch(/400G-LR4-10 \(10 km\): its modules are Ethernet only, which NVIDIA Quantum-2 QM9700's ports do not speak/);
    expect(f?.message).toMatch(/Aggregate onto switches with single-port QSFP-DD\/OSFP LR cages, or use a DCI optic\.$/);
  });

  it('NVIDIA NDR twin-port modules speak both: 2xDR4 in QM9700 passes', () => {
    expect(codes(pointToPoint('qm9700', '400g-dr4', plant(100, 2), 2))).toEqual([]);
  });
});

describe('power classes per cage (SN5400: 12 W, 21 W on 16 ports)', () => {
  it('16 LR8 modules (12.5 W) fit the 16 high-power cages; 32 exceed them', () => {
    expect(codes(pointToPoint('sn5400', '400g-lr8', plant(3000, 2), 16))).toEqual([]);
    const a = analyzeDesign(pointToPoint('sn5400', '400g-lr8', plant(3000, 2), 32));
    const f = a.findings.find((x) => x.code === 'power-class-exceeded');
    expect(f && f.code === 'power-class-exceeded' && [f.powerW, f.cageMaxW, f.highPowerNeeded, f.highPowerCages]).toEqual([12.5, 12, 32, 16]);
    expect(f?.message).toMatch(/SN5400 needs 32 21 W cages for QSFP-DD 400GBASE-LR8 \(12\.5 W, above the 12 W class\)/);
  });

  it('a module above every class of the cage is an error', () => {
    const hot: ModuleSpec = { ...BUILTIN_CATALOG.modules['qsfpdd-400g-lr8']!, name: 'Hot LR8', powerW: 25, carries: [{ optic: 'hot-lr8', linksPerModule: 1 }] };
    const optic: OpticSpec = { ...BUILTIN_CATALOG.optics['400g-lr8']!, name: 'Hot LR8 optic' };
    const d = { ...pointToPoint('sn5400', 'hot-lr8', plant(3000, 2)), catalog: { optics: { 'hot-lr8': optic }, modules: { 'hot-lr8-qsfpdd': hot } } };
    const a = analyzeDesign(d);
    const f = a.findings.find((x) => x.code === 'power-class-exceeded');
    expect(f && f.code === 'power-class-exceeded' && [f.powerW, f.highPowerMaxW, f.highPowerNeeded]).toEqual([25, 21, null]);
    expect(f?.message).toBe('Hot LR8 draws 25 W, above the 21 W class of every fabric cage of NVIDIA Spectrum-4 SN5400: choose a lower-power optic.');
  });
});

describe('receiver windows', () => {
  const shortReach: OpticSpec = {
    ...BUILTIN_CATALOG.optics['400g-dr4']!,
    name: 'Hot-launch test optic',
    lanePower: { txMinDbm: 0, txMaxDbm: 5, rxMinDbm: -10, overloadDbm: 0, source: 'test figures' },
    dom: undefined,
    breakouts: [],
  };
  const mod: ModuleSpec = { ...BUILTIN_CATALOG.modules['qsfpdd-400g-dr4']!, name: 'Hot QSFP-DD', carries: [{ optic: 'hot', linksPerModule: 1 }] };
  const withOptic = (o: OpticSpec, lengthM: number) => ({
    ...pointToPoint('generic-25t6-64x400g-qsfpdd', 'hot', plant(lengthM, 2)),
    catalog: { optics: { hot: o }, modules: { 'hot-qsfpdd': mod } },
  });

  it('loss-below-minimum: Tx up to +5 dBm into a 0 dBm overload over 10 m needs a 5 dB attenuator', () => {
    const a = analyzeDesign(withOptic(shortReach, 10));
    const f = a.findings.find((x) => x.code === 'loss-below-minimum');
    expect(f?.severity).toBe('error');
    // least loss: 2 reference-grade SM pairs (0.2 dB) and 10 m of fiber = 0.4 dB; Rx max 4.6 dBm
    expect(f && f.code === 'loss-below-minimum' && [f.lossMinDb, f.rxMaxDbm, f.attenuatorDb]).toEqual([0.4, 4.6, 5]);
    expect(f?.message).toMatch(/needs a 5 dB attenuator/);
  });

  it('rx-near-threshold: a window that crosses a DOM warning threshold', () => {
    const dom = { rxLowAlarmDbm: null, rxLowWarnDbm: -5, rxHighWarnDbm: null, rxHighAlarmDbm: null, txLowAlarmDbm: null, txLowWarnDbm: null, txHighWarnDbm: null, txHighAlarmDbm: null, derived: false, source: 'test' };
    const o = { ...shortReach, lanePower: { ...shortReach.lanePower!, txMaxDbm: 0 }, dom };
    // 400 m: 0.16 + 2 x 0.5 = 1.16 dB max loss; Rx min 0 - 1.16 = -1.16, so no crossing
    expect(codes(withOptic(o, 400))).toEqual([]);
    const low = { ...o, lanePower: { ...o.lanePower, txMinDbm: -4 } };
    const a = analyzeDesign(withOptic(low, 400));
    const f = a.findings.find((x) => x.code === 'rx-near-threshold');
    expect(f && f.code === 'rx-near-threshold' && [f.rxMinDbm, f.thresholdDbm]).toEqual([-5.16, -5]);
  });
});

describe('commissioning window', () => {
  it('400G-LR4-10 on OS2 at a fixed 2,000 m, 2 connections at 0.5 dB, 0.4 dB/km, no splices', () => {
    const a = analyzeDesign(pointToPoint('generic-25t6-64x400g-qsfpdd', '400g-lr4-10', plant(2000, 2)));
    const [w] = a.linkById.get('l1')!.commissioning;
    expect(w?.lossMaxDb).toBe(1.8);
    expect(w?.txMinDbm).toBe(-2.7);
    expect(w?.rxMinDbm).toBeCloseTo(-4.5, 2);
    expect(w?.sensitivityDbm).toBe(-9.0);
    expect(w?.rxMinDbm).toBeGreaterThan(w!.sensitivityDbm!);
    // least loss: 0.8 dB of fiber + 2 reference-grade pairs at 0.2 dB; overload not published
    expect([w?.lossMinDb, w?.rxMaxDbm, w?.overloadDbm, w?.status]).toEqual([1.2, 3.9, null, 'ok']);
    expect(w?.dom?.derived).toBe(true);
  });

  it('an optic whose Tx/Rx are not published says so instead of inventing a number', () => {
    const [w] = analyzeDesign(pointToPoint('generic-25t6-64x400g-qsfpdd', '400g-lr8', plant(2000, 2))).linkById.get('l1')!.commissioning;
    expect([w?.txMinDbm, w?.rxMinDbm, w?.sensitivityDbm, w?.status]).toEqual([null, null, null, 'not-published']);
    expect(w?.lossMaxDb).toBe(1.8);
  });
});
