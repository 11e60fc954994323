import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../format/parseDesign.ts';
import { building, design, gpuRacks, hall, linkGroup, switches } from '../testing/designBuilder.ts';
import { analyzeDesign } from './analyzeDesign.ts';

const seedText = readFileSync(new URL('../../../public/examples/two-building-lr4.fabric.json', import.meta.url), 'utf8');
const parsed = parseDesign(seedText);
if (!parsed.ok) throw new Error('seed must parse');
const seed = parsed.design;

describe('the plant BOM of the seed example (two buildings, 32 x 400G-LR4-10 each way)', () => {
  const a = analyzeDesign(seed);
  const { plant, cables } = a.bom;

  it('pulls one outside-plant trunk between the buildings, sized from the lit fibers plus spares', () => {
    const osp = plant.trunks.filter((t) => t.type === 'osp');
    expect(osp).toHaveLength(1);
    const lr4Links = seed.links.filter((l) => l.optic === '400g-lr4-10').reduce((n, l) => n + l.count, 0);
    expect(osp[0]).toMatchObject({ between: ['Building A', 'Building B'], count: 1, usedFibers: lr4Links * 2, closures: 2 });
    expect(osp[0]!.fibers).toBeGreaterThanOrEqual(Math.ceil(lr4Links * 2 * (1 + seed.settings.spareFiberPercent / 100)));
    expect(osp[0]!.fibers).toBeGreaterThanOrEqual(64);
    // the campus route (1,540 m x 1.3) plus a service loop at each end
    expect(osp[0]!.lengthM).toBe(Math.ceil(1540 * 1.3 + 2 * seed.settings.serviceLoopM));
    expect(plant.spliceClosures).toBe(2);
    expect(plant.splices).toBe(2 * osp[0]!.fibers);
  });

  it('has a panel at each end of the campus trunk and no cable longer than a few hundred metres', () => {
    expect(plant.panels.filter((p) => p.place === 'bldg-a' || p.place === 'bldg-b').map((p) => [p.at, p.ports])).toEqual([['Building A', 64], ['Building B', 64]]);
    expect(Math.max(...cables.map((c) => c.lengthM))).toBeLessThan(300);
    expect(cables.reduce((n, c) => n + c.count, 0)).toBeGreaterThan(0);
  });

  it("checks the LR4 loss over the chain's own connectors: six panels and two splices", () => {
    const v = a.linkById.get('a-to-b')!;
    expect(v.plant.connectors.map((c) => `${c.type}@${c.at}`)).toEqual(['lc@row', 'lc@hall', 'lc@building', 'lc@building', 'lc@hall', 'lc@row']);
    expect(v.plant.splices).toBe(2);
  });
});

describe('trunk aggregation', () => {
  it('puts the links of all groups between the same rows into one trunk route, MPO positions for parallel optics', () => {
    const d = design(
      [building('b'), hall('h', 'b'), switches('x', 'h', 'generic-25t6-64x400g-qsfpdd', 'leaf', 1, { row: 0, slot: 0 }), switches('y', 'h', 'generic-25t6-64x400g-qsfpdd', 'spine', 1, { row: 3, slot: 2 })],
      [linkGroup('dr4', 'x', 'y', 6, '400g-dr4'), linkGroup('fr4', 'x', 'y', 6, '400g-fr4')],
      { spareFiberPercent: 0 },
    );
    const { trunks, panels } = analyzeDesign(d).bom.plant;
    // 6 DR4 x 12 MPO positions + 6 FR4 x 2 fibers = 84 -> a 96-fiber trunk
    expect(trunks.map((t) => [t.between, t.usedFibers, t.fibers, t.count])).toEqual([[['h row 1', 'h row 4'], 84, 96, 1]]);
    expect(panels.map((p) => [p.at, p.connector, p.ports])).toEqual([['h row 1', 'lc', 6], ['h row 1', 'mpo', 6], ['h row 4', 'lc', 6], ['h row 4', 'mpo', 6]]);
  });

  it('sizes MPO-to-LC cassettes where duplex optics meet an MPO trunk, and a harness per DR4 breakout', () => {
    const cassettes = [{ kind: 'cord' }, { kind: 'cassette', at: 'row' }, { kind: 'trunk' }, { kind: 'cassette', at: 'row' }, { kind: 'cord' }] as const;
    const d = design(
      [building('b'), hall('h', 'b'), switches('x', 'h', 'generic-25t6-64x400g-qsfpdd', 'leaf', 1, { row: 0, slot: 0 }), switches('y', 'h', 'sn4600c', 'leaf', 1, { row: 3, slot: 0 })],
      [linkGroup('bo', 'x', 'y', 16, '400g-dr4', { opticB: '100g-dr', channel: cassettes })],
    );
    const bom = analyzeDesign(d).bom;
    // 4 DR4 parents fan out to 16 DR lanes: 16 LC ports at the B cassettes = 3 cassettes of 6
    expect(bom.plant.cassettes.map((c) => [c.at, c.lcPorts, c.count])).toEqual([['h row 4', 16, 3]]);
    expect(bom.plant.harnesses).toEqual([{ assembly: 'mpo-12-to-lc-breakout', fiber: 'OS2', legs: 4, count: 4 }]);
    expect(bom.cables.map((c) => [c.assembly, c.count])).toEqual([['lc-duplex', 16], ['mpo-12', 4]]);
  });

  it('bills a breakout by the legs in use: 10 DR lanes from three DR4 ports take three whole harnesses but 10 LC cords and panel ports', () => {
    // three switches in three racks of row 1, so each DR4 parent takes its own run and only the last one's harness has unused legs
    const d = design(
      [building('b'), hall('h', 'b'), gpuRacks('x', 'h', { row: 0, slot: 0 }, 'generic-25t6-64x400g-qsfpdd', 1, 3), switches('y', 'h', 'sn4600c', 'leaf', 1, { row: 3, slot: 0 })],
      [linkGroup('bo', 'x', 'y', 10, '400g-dr4', { opticB: '100g-dr' })],
    );
    const a = analyzeDesign(d);
    expect(a.links[0]!.runCounts.size).toBe(3);
    const { cables, plant, modules } = a.bom;
    expect(plant.harnesses).toEqual([{ assembly: 'mpo-12-to-lc-breakout', fiber: 'OS2', legs: 4, count: 3 }]);
    expect(cables.map((c) => [c.assembly, c.count])).toEqual([['lc-duplex', 10], ['mpo-12', 3]]);
    expect(plant.panels.map((p) => [p.at, p.connector, p.ports])).toEqual([['h row 1', 'mpo', 3], ['h row 4', 'lc', 10]]);
    // as many LC cords as DR modules at the B end
    expect(modules.filter((m) => m.serverSide + m.switchSide > 0).map((m) => m.count).sort((x, y) => x - y)).toEqual([3, 10]);
  });
});

describe('the plant BOM after an edit', () => {
  it('equals a cold analysis: per-group tallies kept across edits add up to the same lines', () => {
    const before = analyzeDesign(seed);
    const target = seed.links.find((l) => l.optic === '400g-lr4-10')!;
    const edited = { ...seed, links: seed.links.map((l) => (l === target ? { ...l, count: l.count + 4 } : l)) };
    const warm = analyzeDesign(edited).bom;
    const cold = analyzeDesign(structuredClone(edited)).bom;
    expect(warm.plant).toEqual(cold.plant);
    expect(warm.cables).toEqual(cold.cables);
    // the edit shows: 4 more links put 8 more lit fibers on the campus trunk
    const ospOf = (bom: typeof warm) => bom.plant.trunks.find((t) => t.type === 'osp')!;
    expect(ospOf(warm).usedFibers).toBe(ospOf(before.bom).usedFibers + 8);
    // and the tallies kept for the untouched groups were not changed by the totals built over them
    expect(analyzeDesign(seed).bom.plant).toEqual(before.bom.plant);
  });
});
