import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG, type Catalog } from '../catalog/catalog.ts';
import { analyzeDesign } from '../engine/analyzeDesign.ts';
import { parseDesign } from '../format/parseDesign.ts';
import { serializeDesign } from '../format/serializeDesign.ts';
import type { Design, RackNode } from '../model/design.ts';
import { generateFabric } from './generateFabric.ts';
import type { FabricParams } from './params.ts';
import type { FabricCounts } from './sizeFabric.ts';
import { susPerRow } from './layoutFabric.ts';

const superpod = (servers: number, extra: Partial<FabricParams> = {}): FabricParams => ({
  template: 'rail-optimized',
  servers,
  serverModel: 'dgx-h100',
  switchModel: 'qm9700',
  ...extra,
});

function generate(params: FabricParams, catalog?: Catalog): { design: Design; counts: FabricCounts } {
  const r = generateFabric(params, catalog);
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r;
}

const tierLinks = (design: Design) => Object.fromEntries(analyzeDesign(design).bandwidth.tiers.map((t) => [`${t.lower}-${t.upper}`, t.links]));
const node = (design: Design, id: string) => design.nodes.find((n) => n.id === id);

describe('generated SuperPOD designs agree with the sizing and pass the engine', () => {
  it.each([
    ['8 SU, 2 tiers', 256, { 'server-leaf': 2048, 'leaf-spine': 2048 }],
    ['16 SU, 3 tiers', 512, { 'server-leaf': 4096, 'leaf-spine': 4096, 'spine-core': 4096 }],
    // one DGX short of 4 SUs: the 4 UFM appliances take the freed leaf ports
    ['127 nodes', 127, { 'server-leaf': 1016, 'appliance-leaf': 4, 'leaf-spine': 1024 }],
  ])('%s', (_name, servers, tiers) => {
    const { design, counts } = generate(superpod(servers));
    expect(tierLinks(design)).toEqual(tiers);
    const a = analyzeDesign(design);
    expect(a.findings.map((f) => f.message)).toEqual([]);
    expect(a.summary.servers).toBe(servers);
    expect(a.bom.devices.filter((d) => d.role === 'leaf')[0]?.count).toBe(counts.leaves);
    expect(a.bom.devices.filter((d) => d.role === 'spine')[0]?.count).toBe(counts.spines);
  });

  it('the 4-SU SuperPOD counts 1,536 switch-side and 508 node-side twin-port modules, and 4 at the UFM appliances (DOMAIN.md section 4)', () => {
    const bom = analyzeDesign(generate(superpod(127)).design).bom;
    expect(bom.modules.reduce((sum, m) => sum + m.switchSide, 0)).toBe(1536);
    expect(bom.modules.map((m) => [m.part, m.serverSide]).filter(([, n]) => n)).toEqual([
      ['MMA4Z00-NS-FLT (980-9I51A-00NS00)', 508],
      ['MMA4Z00-NS400 (980-9I51S-00NS00)', 4],
    ]);
  });

  it.each([
    [1, 1], [4, 1], [8, 1], [20, 2], [64, 4], [100, 4],
  ])('a hall of %i SUs stands %i SUs to a row', (sus, perRow) => {
    expect(susPerRow(sus)).toBe(perRow);
  });

  it('a large hall puts SUs side by side: 64 SUs in rows of four', () => {
    const { design } = generate(superpod(2048, { tiers: 3 }));
    expect(node(design, 'su2-gpu')).toMatchObject({ floor: { row: 0, slot: 10 } });
    expect(node(design, 'su5-gpu')).toMatchObject({ floor: { row: 2, slot: 0 } });
  });

  it('a partly filled SU keeps its full racks in one node and its last rack in another', () => {
    const { design } = generate(superpod(127));
    // a four-SU hall keeps one SU per row pair, the network row (4) in the middle
    expect(node(design, 'su4-gpu')).toMatchObject({ quantity: 7, contents: { perRack: 4 }, floor: { row: 8, slot: 0 } });
    expect(node(design, 'su4-gpu-rest')).toMatchObject({ quantity: 1, contents: { perRack: 3 }, floor: { row: 8, slot: 7 } });
    expect(node(design, 'su4-leaf-rack')).toMatchObject({ floor: { row: 8, slot: 8 } });
    expect(node(design, 'spine-g1-rack')).toMatchObject({ floor: { row: 4, slot: 0 } });
  });

  it('names nodes and link groups readably and stably', () => {
    const first = generate(superpod(512)).design;
    expect(first.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['su1-gpu', 'su1-leaf', 'spine-g1', 'spine-g4', 'core']));
    expect(first.links.map((l) => l.id)).toEqual(expect.arrayContaining(['su1-gpu--su1-leaf', 'su1-leaf--spine-g1', 'spine-g1--core']));
    expect(generate(superpod(512)).design).toEqual(first);
    expect(first.layout).toEqual({});
  });
});

describe('oversubscription and scale', () => {
  it('3:1 leaf-spine gives 3:1 at every leaf, and the design states 3:1 as its target', () => {
    const { design } = generate(superpod(240, { template: 'leaf-spine', oversubscription: 3 }));
    const a = analyzeDesign(design);
    const leaves = a.bandwidth.switches.filter((s) => s.nodeId.endsWith('-leaf'));
    expect(leaves.map((s) => s.ratio)).toEqual(leaves.map(() => 3));
    expect(design.settings.targetOversubscription).toBe(3);
    expect(a.summary.errors + a.summary.warnings).toBe(0);
  });

  it.each([
    ['8,192 DGX H100 on QM9700', superpod(8192, { halls: 8 })],
    ['8,160 DGX H100 on QM9700, the last pod one SU short', superpod(8160, { halls: 8 })],
    ['8,192 DGX B300 on 51.2T switches at 800G', superpod(8192, { serverModel: 'dgx-b300', switchModel: 'generic-51t2-64x800g-osfp', halls: 8 })],
  ])('a ~65k-GPU 3-tier fabric of %s generates with no errors', (_name, params) => {
    const { design, counts } = generate(params);
    const a = analyzeDesign(design);
    expect(counts.tiers).toBe(3);
    expect(a.summary.gpus).toBe(counts.gpus);
    expect(a.summary.errors).toBe(0);
    expect(tierLinks(design)).toEqual({ 'server-leaf': counts.links.serverLeaf, 'leaf-spine': counts.links.leafSpine, 'spine-core': 65536 });
  });
});

describe('optics follow the measured run', () => {
  const classOf = (design: Design) => {
    const a = analyzeDesign(design);
    return design.links.map((l) => {
      const v = a.linkById.get(l.id)!;
      const optic = BUILTIN_CATALOG.optics[l.optic]!;
      return { path: v.path, lengthM: v.lengthM, medium: optic.medium, reachM: v.fit?.reachM ?? 0, strands: optic.strands, count: l.count };
    });
  };

  it.each([
    ['two halls, 3 tiers', superpod(512, { halls: 2 })],
    ['two buildings, 2 tiers', superpod(128, { switchModel: 'generic-25t6-64x400g-qsfpdd', buildings: 2 })],
  ])('%s: MMF or DR4 in a hall, a 2 km class across halls, 10 km class across buildings', (_name, params) => {
    for (const run of classOf(generate(params).design)) {
      expect(run.reachM).toBeGreaterThanOrEqual(run.lengthM);
      if (run.path === 'same-hall') expect(run.medium === 'mmf' || run.reachM <= 500).toBe(true);
      if (run.path === 'cross-hall') expect(run.reachM).toBe(2000);
      if (run.path === 'cross-building') expect(run.reachM).toBeGreaterThanOrEqual(10000);
    }
  });

  it('two buildings: 400G-LR4-10 on the trunk, whose fiber pairs the BOM lists for the building pair', () => {
    const { design } = generate(superpod(128, { switchModel: 'generic-25t6-64x400g-qsfpdd', buildings: 2 }));
    const trunk = classOf(design).filter((r) => r.path === 'cross-building');
    expect(design.links.filter((l) => l.id.startsWith('su3-leaf') || l.id.startsWith('su4-leaf')).map((l) => l.optic)).toEqual(['400g-lr4-10', '400g-lr4-10']);
    const pairs = trunk.reduce((sum, r) => sum + (r.count * r.strands) / 2, 0);
    expect(pairs).toBe(512);
    expect(analyzeDesign(design).bom.fiber.byBuildingPair).toEqual([expect.objectContaining({ a: 'bldg-1', b: 'bldg-2', links: 512, pairs })]);
  });

  it('QM9700 has no twin-port LR4: across buildings it takes FR4, which fills the cages, with a low-margin warning', () => {
    const { design } = generate(superpod(128, { buildings: 2 }));
    const a = analyzeDesign(design);
    expect(design.links.find((l) => l.id === 'su3-leaf--spine-g1')?.optic).toBe('400g-fr4');
    expect(a.summary.errors).toBe(0);
    expect(new Set(a.findings.map((f) => f.code))).toEqual(new Set(['loss-budget-exceeded']));
  });

  it('an optic fixed by the user for a tier wins over the ranking', () => {
    const { design } = generate(superpod(64, { optics: { serverLeaf: '400g-dr4' } }));
    expect(new Set(design.links.filter((l) => l.id.includes('-gpu')).map((l) => l.optic))).toEqual(new Set(['400g-dr4']));
  });

  it('a fixed optic that wastes half of each cage overruns the ports and is reported, not generated', () => {
    const r = generateFabric(superpod(64, { switchModel: 'sn5600', optics: { leafSpine: '400g-lr4-10' } }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]).toMatch(/needs \d+ fabric cages.*400g-lr4-10 has no module that carries as many links as the cage has ports/);
  });

  it('a fixed Ethernet optic on an InfiniBand switch is reported, not generated', () => {
    const r = generateFabric(superpod(64, { optics: { leafSpine: '400g-lr4-10' } }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]).toMatch(/qm9700 cannot host 400g-lr4-10 \(the port speaks infiniband, its module ethernet\)/);
  });
});

describe('placement', () => {
  it('SUs fill halls in whole pods, building by building; spines stand in their pod\'s hall, cores in the first', () => {
    const { design } = generate(superpod(512, { halls: 2 }));
    const hallOf = (id: string) => (node(design, id) as RackNode).parent;
    expect([1, 8, 9, 16].map((k) => hallOf(`su${k}-gpu`))).toEqual(['bldg-1-hall-1', 'bldg-1-hall-1', 'bldg-1-hall-2', 'bldg-1-hall-2']);
    expect(hallOf('spine-g3-rack')).toBe('bldg-1-hall-2');
    expect(node(design, 'su9-gpu')).toMatchObject({ floor: { row: 0, slot: 0 } });
    // eight SU rows a hall: the network row in the middle, after the fourth
    expect(node(design, 'su12-gpu')).toMatchObject({ floor: { row: 6, slot: 0 } });
    expect(node(design, 'su13-gpu')).toMatchObject({ floor: { row: 10, slot: 0 } });
    expect(node(design, 'spine-g3-rack')).toMatchObject({ floor: { row: 8, slot: 0 } });
    expect(node(design, 'core-rack')).toMatchObject({ parent: 'bldg-1-hall-1', floor: { row: 8, slot: 2 }, quantity: 2 });
    expect(node(design, 'bldg-1-hall-2')).toMatchObject({ entryM: { x: 50, y: 0 } });
  });

  it('places buildings buildingDistanceM apart on the campus', () => {
    const { design } = generate(superpod(128, { switchModel: 'generic-25t6-64x400g-qsfpdd', buildings: 2, buildingDistanceM: 1200 }));
    expect(node(design, 'bldg-2')).toMatchObject({ campusM: { x: 1200, y: 0 } });
  });
});

describe('catalogs, files and bad input', () => {
  it.each([
    ['3 tiers over two halls', superpod(512, { halls: 2 })],
    ['a partly filled SU', superpod(127)],
  ])('%s: the design saves and reads back unchanged', (_name, params) => {
    const { design } = generate(params);
    const read = parseDesign(serializeDesign(design));
    expect(read.ok && read.warnings).toEqual([]);
    expect(read.ok && read.design).toEqual(design);
  });

  it('a design made from a custom switch carries that model, so the engine can read it back', () => {
    const custom: Catalog = {
      ...BUILTIN_CATALOG,
      devices: { ...BUILTIN_CATALOG.devices, 'my-qm': { ...BUILTIN_CATALOG.devices.qm9700!, name: 'My QM9700' } },
    };
    const { design } = generate(superpod(64, { switchModel: 'my-qm' }), custom);
    expect(Object.keys(design.catalog.devices ?? {})).toEqual(['my-qm']);
    expect(analyzeDesign(design).summary.errors).toBe(0);
  });

  it.each([
    ['too large for 2 tiers when 2 are asked for', superpod(512, { tiers: 2 })],
    ['a server model that is a switch', superpod(64, { serverModel: 'qm9700' })],
    ['a fractional server count', superpod(10.5)],
    ['QM9700 leaves 1.2 km from their spines: past FR4, and LR4 modules fill only half a twin-port cage', superpod(128, { buildings: 2, buildingDistanceM: 1200 })],
  ])('%s: problems, no throw', (_name, params) => {
    const r = generateFabric(params);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.length).toBeGreaterThan(0);
  });
});
