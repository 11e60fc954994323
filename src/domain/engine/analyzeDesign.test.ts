import { describe, expect, it } from 'vitest';
import { building, design, gpuRacks, hall, linkGroup, networkRack, switches } from '../testing/designBuilder.ts';
import { analyzeDesign } from './analyzeDesign.ts';

/** Two 25.6T QSFP-DD switches in one hall, so a test can fix the length and plant of one link. */
function pointToPoint(optic: string, extra: Parameters<typeof linkGroup>[5]) {
  return design(
    [
      building('b1'),
      hall('h1', 'b1'),
      switches('s1', 'h1', 'generic-25t6-64x400g-qsfpdd', 'leaf', 1, { row: 0, slot: 0 }),
      switches('s2', 'h1', 'generic-25t6-64x400g-qsfpdd', 'spine', 1, { row: 4, slot: 0 }),
    ],
    [linkGroup('l1', 's1', 's2', 1, optic, extra)],
  );
}

const codes = (d: ReturnType<typeof design>) => analyzeDesign(d).findings.map((f) => `${f.severity}:${f.code}`);

describe('reach and loss budget against published figures', () => {
  it('400G-DR4 at 480 m with 2 connections: no error, only a near-reach warning', () => {
    const a = analyzeDesign(pointToPoint('400g-dr4', { lengthM: 480, connections: 2, splices: 0 }));
    expect(a.findings.map((f) => `${f.severity}:${f.code}`)).toEqual(['warning:reach-exceeded']);
    const v = a.linkById.get('l1')!;
    expect(v.status).toBe('warning');
    // 0.48 km x 0.4 dB/km + 2 x 0.5 dB = 1.19 dB against 3.0 dB
    expect(v.fit?.lossDb).toBeCloseTo(1.19, 2);
    expect(v.fit?.marginDb).toBeCloseTo(1.81, 2);
  });

  it('400G-DR4 at 520 m fails reach-exceeded and names an optic that reaches', () => {
    const a = analyzeDesign(pointToPoint('400g-dr4', { lengthM: 520, connections: 2, splices: 0 }));
    const f = a.findings.find((x) => x.code === 'reach-exceeded');
    expect(f?.severity).toBe('error');
    expect(f && f.code === 'reach-exceeded' && f.reachM).toBe(500);
    expect(f && f.code === 'reach-exceeded' && f.suggestion?.reachM).toBeGreaterThanOrEqual(520);
    expect(f?.message).toMatch(/520 m exceeds 400GBASE-DR4's 500 m reach on OS2: use /);
  });

  it('400G-LR4-10 at 10 km passes with 4 low-loss LC connections (0.25 dB)', () => {
    const a = analyzeDesign(pointToPoint('400g-lr4-10', { lengthM: 10000, connections: 4, connectorLossDb: 0.25, splices: 0 }));
    const v = a.linkById.get('l1')!;
    expect(v.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(v.fit?.lossDb).toBeCloseTo(5.0, 2);
    expect(v.fit?.budgetDb).toBe(6.3);
  });

  it('400G-LR4-10 at 10 km fails the loss budget with 6 connections at 0.5 dB and 2 splices', () => {
    const a = analyzeDesign(pointToPoint('400g-lr4-10', { lengthM: 10000, connections: 6, connectorLossDb: 0.5, splices: 2 }));
    const f = a.findings.find((x) => x.code === 'loss-budget-exceeded');
    expect(f?.severity).toBe('error');
    // 4.0 + 3.0 + 0.6 = 7.6 dB against 6.3 dB
    expect(f && f.code === 'loss-budget-exceeded' && f.lossDb).toBeCloseTo(7.6, 2);
    expect(f && f.code === 'loss-budget-exceeded' && f.marginDb).toBeCloseTo(-1.3, 2);
  });

  it('a low margin is a warning, not an error', () => {
    // 0.2 km x 0.4 + 5 x 0.5 = 2.58 dB against 3.0: margin 0.42 dB
    expect(codes(pointToPoint('400g-dr4', { lengthM: 200, connections: 5, splices: 0 }))).toEqual(['warning:loss-budget-exceeded']);
  });

  it('an MMF optic on single-mode fiber is a fiber mismatch', () => {
    expect(codes(pointToPoint('400g-sr8', { lengthM: 30, fiber: 'OS2' }))).toContain('error:fiber-mismatch');
  });

  it('an optic on a grade it is not specified for is a fiber mismatch', () => {
    expect(codes(pointToPoint('400g-dr4', { lengthM: 30, fiber: 'OM4' }))).toContain('error:fiber-mismatch');
  });
});

describe('ends: form factor, speed, ports', () => {
  it('a QSFP-DD optic towards a QSFP28 switch is a form-factor mismatch at that end', () => {
    const d = design(
      [building('b1'), hall('h1', 'b1'), switches('s1', 'h1', 'generic-25t6-64x400g-qsfpdd', 'leaf', 1, { row: 0, slot: 0 }), switches('m', 'h1', 'sn4600c', 'management', 1, { row: 0, slot: 1 })],
      [linkGroup('l1', 's1', 'm', 2, '400g-dr4')],
    );
    const f = analyzeDesign(d).findings.find((x) => x.code === 'form-factor-mismatch');
    expect(f && f.code === 'form-factor-mismatch' && [f.end, f.nodeId]).toEqual(['b', 'm']);
  });

  it('more links than cages exhaust the switch', () => {
    const d = design(
      [building('b1'), hall('h1', 'b1'), switches('s1', 'h1', 'generic-25t6-64x400g-qsfpdd', 'leaf', 1, { row: 0, slot: 0 }), switches('s2', 'h1', 'generic-25t6-64x400g-qsfpdd', 'spine', 2, { row: 1, slot: 0 })],
      [linkGroup('l1', 's1', 's2', 70, '400g-fr4')],
    );
    const f = analyzeDesign(d).findings.find((x) => x.code === 'ports-exhausted');
    expect(f && f.code === 'ports-exhausted' && [f.nodeId, f.cagesNeeded, f.cages]).toEqual(['s1', 70, 64]);
  });

  it('links that do not divide over a grouped node are an uneven spread', () => {
    const d = design(
      [building('b1'), hall('h1', 'b1'), switches('s1', 'h1', 'generic-25t6-64x400g-qsfpdd', 'leaf', 3, { row: 0, slot: 0 }), switches('s2', 'h1', 'generic-25t6-64x400g-qsfpdd', 'spine', 2, { row: 1, slot: 0 })],
      [linkGroup('l1', 's1', 's2', 10, '400g-fr4')],
    );
    const f = analyzeDesign(d).findings.filter((x) => x.code === 'uneven-spread');
    expect(f.map((x) => x.code === 'uneven-spread' && [x.end, x.remainder])).toEqual([['a', 1]]);
  });
});

describe('counting rules', () => {
  it('32 x 400G-LR4-10 between buildings count 64 modules and 32 fiber pairs', () => {
    const d = design(
      [
        building('ba'), hall('ha', 'ba', 20, 0), switches('sa', 'ha', 'generic-25t6-64x400g-qsfpdd', 'spine', 1, { row: 0, slot: 0 }),
        building('bb', 2000, 0), hall('hb', 'bb', 20, 0), switches('sb', 'hb', 'generic-25t6-64x400g-qsfpdd', 'spine', 1, { row: 0, slot: 0 }),
      ],
      [linkGroup('trunk', 'sa', 'sb', 32, '400g-lr4-10')],
    );
    const { bom, bandwidth } = analyzeDesign(d);
    expect(bom.modules.map((m) => [m.module, m.count])).toEqual([['qsfpdd-400g-lr4-10', 64]]);
    expect(bom.fiber.pairs).toBe(32);
    expect(bom.fiber.byBuildingPair).toEqual([{ a: 'ba', b: 'bb', links: 32, cables: 32, capacityGbps: 12800, strands: 64, pairs: 32 }]);
    expect(bandwidth.buildings[0]?.capacityGbps).toBe(12800);
  });

  it('a 4-SU DGX H100 compute fabric with twin-port modules counts 1,536 switch-side and 508 node-side OSFP modules', () => {
    // SuperPOD RA: 127 nodes (the last SU has 31), 8 rail leaves per SU, 16 spines, QM9700 everywhere.
    const nodes = [building('b1'), hall('h1', 'b1'), networkRack('spine-rack', 'h1', { row: 9, slot: 0 }), switches('spine', 'spine-rack', 'qm9700', 'spine', 16)];
    const links = [];
    for (let su = 1; su <= 4; su++) {
      const servers = su === 4 ? 31 : 32;
      // 31 servers: 7 racks of 4 and one of 3 are modelled as 31 racks of 1 to keep the node honest
      nodes.push(gpuRacks(`su${su}-gpu`, 'h1', { row: su * 2, slot: 0 }, 'dgx-h100', su === 4 ? 1 : 4, su === 4 ? 31 : 8));
      nodes.push(networkRack(`su${su}-net`, 'h1', { row: su * 2 + 1, slot: 4 }));
      nodes.push(switches(`su${su}-leaf`, `su${su}-net`, 'qm9700', 'leaf', 8));
      links.push(linkGroup(`su${su}-rails`, `su${su}-gpu`, `su${su}-leaf`, servers * 8, '400g-ndr-sr4'));
      links.push(linkGroup(`su${su}-up`, `su${su}-leaf`, 'spine', 256, '400g-dr4'));
    }
    const { bom, summary } = analyzeDesign(design(nodes, links));
    const switchSide = bom.modules.reduce((s, m) => s + m.switchSide, 0);
    const nodeSide = bom.modules.reduce((s, m) => s + m.serverSide, 0);
    expect(summary.servers).toBe(127);
    expect(switchSide).toBe(1536);
    expect(nodeSide).toBe(508);
    expect(bom.modules.every((m) => m.formFactor === 'OSFP')).toBe(true);
  });

  it('fiber strands follow the connector: MPO-12 parallel lights 8, duplex LC 2', () => {
    const d = pointToPoint('400g-dr4', { lengthM: 100 });
    expect(analyzeDesign(d).bom.fiber.strands).toBe(8);
    expect(analyzeDesign(pointToPoint('400g-fr4', { lengthM: 100 })).bom.fiber.strands).toBe(2);
  });
});

describe('bandwidth', () => {
  it('reports leaf oversubscription against the target and the links between tiers', () => {
    const d = design(
      [
        building('b1'), hall('h1', 'b1'),
        gpuRacks('gpu', 'h1', { row: 0, slot: 0 }, 'dgx-h100', 4, 4),
        switches('leaf', 'h1', 'generic-25t6-64x400g-qsfpdd', 'leaf', 2, { row: 2, slot: 0 }),
        switches('spine', 'h1', 'generic-25t6-64x400g-qsfpdd', 'spine', 1, { row: 2, slot: 2 }),
      ],
      [linkGroup('down', 'gpu', 'leaf', 96, '400g-dr4'), linkGroup('up', 'leaf', 'spine', 32, '400g-dr4')],
    );
    const a = analyzeDesign(d);
    const leaf = a.bandwidth.switches.find((s) => s.nodeId === 'leaf');
    expect(leaf).toMatchObject({ downGbps: 48 * 400, upGbps: 16 * 400, ratio: 3 });
    expect(a.findings.find((f) => f.code === 'oversubscribed')?.message).toMatch(/3:1, above the 1:1 target/);
    expect(a.bandwidth.tiers.map((t) => [t.lower, t.upper, t.links])).toEqual([
      ['server', 'leaf', 96],
      ['leaf', 'spine', 32],
    ]);
  });
});

describe('Tomahawk 6 split cage modes', () => {
  const th6Pair = (count: number, optic: string) =>
    design(
      [
        building('b1'), hall('h1', 'b1'),
        switches('leaf', 'h1', 'generic-102t4-64x1600g', 'leaf', 1, { row: 0, slot: 0 }),
        switches('spine', 'h1', 'generic-102t4-64x1600g', 'spine', 1, { row: 0, slot: 4 }),
      ],
      [linkGroup('l', 'leaf', 'spine', count, optic)],
    );

  it.each([
    ['200g-dr1', 512, 8],
    ['400g-dr2', 256, 4],
  ])('%s: %i links fill the 64 cages of each switch (%i per 1.6T DR8 module), one more exhausts them', (optic, full, perModule) => {
    const a = analyzeDesign(th6Pair(full, optic));
    expect(a.findings.filter((f) => f.code === 'ports-exhausted' || f.code === 'speed-mismatch')).toEqual([]);
    expect(a.bom.modules.map((m) => [m.module, m.count])).toEqual([['osfp224-1600g-dr8', 2 * (full / perModule)]]);
    const over = analyzeDesign(th6Pair(full + 1, optic)).findings.filter((f) => f.code === 'ports-exhausted');
    expect(over.map((f) => [f.nodeId, f.cagesNeeded, f.cages])).toEqual([
      ['leaf', 65, 64],
      ['spine', 65, 64],
    ]);
  });
});

describe('purity', () => {
  it('never changes its input and gives the same answer twice', () => {
    const d = pointToPoint('400g-dr4', { lengthM: 520 });
    const before = JSON.stringify(d);
    const first = analyzeDesign(d);
    expect(JSON.stringify(d)).toBe(before);
    expect(analyzeDesign(structuredClone(d)).findings).toEqual(first.findings);
  });
});
