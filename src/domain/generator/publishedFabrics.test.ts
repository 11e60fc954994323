/**
 * The 2026 NVIDIA SuperPOD tables, reproduced from the sizing rules (no table in the code):
 * DGX SuperPOD B300 XDR RA Table 3 (Q3400), DGX SuperPOD B300 Spectrum-4 RA Table 3 (twin-plane),
 * and GB200/GB300 NVL72 racks in SUs of 8 racks.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../catalog/catalog.ts';
import { analyzeDesign } from '../engine/analyzeDesign.ts';
import { indexNodes } from '../engine/placement.ts';
import { generateFabric } from './generateFabric.ts';
import type { FabricParams } from './params.ts';
import { inferPlanes } from './portCounts.ts';
import { sizeFabric, type FabricCounts } from './sizeFabric.ts';
import { describeTierOptic } from './tierOptics.ts';
import { parseDesign } from '../format/parseDesign.ts';
import { serializeDesign } from '../format/serializeDesign.ts';
import { bomCsv } from '../report/bomCsv.ts';

function counts(params: FabricParams): FabricCounts {
  const r = sizeFabric(params);
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.counts;
}

const xdr = (servers: number): FabricParams => ({ template: 'rail-optimized', servers, serverModel: 'dgx-b300', switchModel: 'q3400' });
const spectrumX = (servers: number): FabricParams => ({ template: 'rail-optimized', servers, serverModel: 'dgx-b300', switchModel: 'sn5600', planes: 2 });

describe('DGX SuperPOD B300 XDR: Q3400 (144 × 800G), SU size from the leaf radix', () => {
  it.each([
    // SUs, nodes, leaves, spines, node-leaf, leaf-spine (cables)
    [4, 288, 32, 18, 2304, 2304],
    [8, 576, 64, 36, 4608, 4608],
    [18, 1296, 144, 72, 10368, 10368],
  ])('%i SU: %i nodes, %i leaves, %i spines in 2 tiers', (sus, nodes, leaves, spines, nodeLeaf, leafSpine) => {
    const c = counts(xdr(nodes));
    expect(c).toMatchObject({ serversPerSu: 72, sus, tiers: 2, planes: 1, rateGbps: 800, leaves, spines, cores: 0 });
    expect(c.links).toEqual({ serverLeaf: nodeLeaf, leafSpine, spineCore: 0 });
    // every leaf port is used: 72 down, 72 up
    expect(c.downlinksPerLeaf + c.uplinksPerLeaf).toBe(144);
  });
});

describe('DGX SuperPOD B300 Spectrum-X twin-plane: SN5600 as 128 × 400G, each 800G port split over 2 planes', () => {
  it.each([
    // SUs, nodes, leaves, spines (both planes), cables in 800G units
    [1, 64, 16, 8, 512],
    [4, 256, 64, 32, 2048],
    [16, 1024, 256, 128, 8192],
  ])('%i SU: %i nodes, %i leaves, %i spines in 2 tiers', (sus, nodes, leaves, spines, units) => {
    const c = counts(spectrumX(nodes));
    expect(c).toMatchObject({ serversPerSu: 64, sus, tiers: 2, planes: 2, rateGbps: 400, serverPortGbps: 800, leaves, spines, cores: 0 });
    expect(c.cableUnits).toEqual({ serverLeaf: units, leafSpine: units, spineCore: 0 });
    expect(c.links).toEqual({ serverLeaf: 2 * units, leafSpine: 2 * units, spineCore: 0 });
    expect(c.gpus).toBe(nodes * 8);
  });

  it('each plane has its own leaves and spines, named by plane, and the engine passes the design', () => {
    const r = generateFabric(spectrumX(64));
    if (!r.ok) throw new Error(r.problems.join('\n'));
    const names = r.design.nodes.filter((n) => n.kind === 'switch').map((n) => n.name);
    expect(names).toEqual(['Plane 1 SU 1 leaves', 'Plane 2 SU 1 leaves', 'Plane 1 spine group 1', 'Plane 2 spine group 1']);
    expect(r.design.links.map((l) => `${l.id} × ${l.count}`)).toEqual([
      'su1-gpu--p1-su1-leaf × 512',
      'p1-su1-leaf--p1-spine-g1 × 512',
      'su1-gpu--p2-su1-leaf × 512',
      'p2-su1-leaf--p2-spine-g1 × 512',
    ]);
    const a = analyzeDesign(r.design);
    expect(a.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
    // the BOM buys each plane's switches on a line of their own, and the CSV says which plane
    expect(a.bom.devices.filter((d) => d.role !== 'server').map((d) => [d.role, d.plane, d.count])).toEqual([
      ['leaf', 1, 8],
      ['leaf', 2, 8],
      ['spine', 1, 4],
      ['spine', 2, 4],
    ]);
    expect(bomCsv(a.bom, indexNodes(r.design))).toContain('device,sn5600,"NVIDIA Spectrum-4 SN5600, plane 2",leaf,,8,');
    // the plane is a field of the switch node, written and read back by the file format
    const back = parseDesign(serializeDesign(r.design));
    expect(back.ok && back.design).toEqual(r.design);
    expect(r.design.nodes.filter((n) => n.kind === 'switch').map((n) => n.kind === 'switch' && n.plane)).toEqual([1, 2, 1, 2]);
  });

  it('planes are inferred only where the ports leave one reading', () => {
    // Q3400 runs the B300's 800G: one plane; QM9700 runs only 400G: the 2 × 400G split, two planes
    expect(inferPlanes(BUILTIN_CATALOG, 'dgx-b300', 'q3400')).toBe(1);
    expect(inferPlanes(BUILTIN_CATALOG, 'dgx-b300', 'qm9700')).toBe(2);
    // SN5600 runs both 800G and 2 × 400G: the plain single plane unless --planes 2 is asked for
    expect(inferPlanes(BUILTIN_CATALOG, 'dgx-b300', 'sn5600')).toBe(1);
    expect(inferPlanes(BUILTIN_CATALOG, 'dgx-h100', 'qm9700')).toBe(1);
  });
});

describe('NVL72 racks: 18 compute trays each, SUs of 8 racks', () => {
  it('4 SUs of GB300 NVL72 on Q3400: 2,304 GPUs on 576 trays in 32 racks', () => {
    const c = counts({ template: 'rail-optimized', servers: 576, serverModel: 'gb300-tray', switchModel: 'q3400', rackType: 'gb300-nvl72' });
    expect(c).toMatchObject({ gpus: 2304, servers: 576, gpuRacks: 32, nvlinkSwitchTrays: 288, sus: 4, serversPerSu: 144, rackType: 'gb300-nvl72' });
    // 144 trays per rail on 72-down leaves: 2 leaves per rail, 8 per SU
    expect({ leavesPerRail: c.leavesPerRail, leavesPerSu: c.leavesPerSu, leaves: c.leaves, spines: c.spines, tiers: c.tiers }).toEqual({
      leavesPerRail: 2,
      leavesPerSu: 8,
      leaves: 32,
      spines: 18,
      tiers: 2,
    });
    expect(c.links.serverLeaf).toBe(576 * 4);
  });

  it('the generated NVL72 racks hold 18 trays each and the engine counts every server and GPU', () => {
    const r = generateFabric({ template: 'rail-optimized', servers: 576, serverModel: 'dgx-gb200-tray', switchModel: 'qm9700', rackType: 'gb200-nvl72' });
    if (!r.ok) throw new Error(r.problems.join('\n'));
    const racks = r.design.nodes.filter((n) => n.kind === 'rack' && n.rackKind === 'gpu');
    expect(racks.map((n) => n.kind === 'rack' && [n.name, n.quantity, n.contents?.perRack])).toEqual([
      ['SU 1 NVIDIA DGX GB200 NVL72 racks', 8, 18],
      ['SU 2 NVIDIA DGX GB200 NVL72 racks', 8, 18],
      ['SU 3 NVIDIA DGX GB200 NVL72 racks', 8, 18],
      ['SU 4 NVIDIA DGX GB200 NVL72 racks', 8, 18],
    ]);
    const a = analyzeDesign(r.design);
    expect(a.summary.servers).toBe(576);
    expect(r.counts.gpus).toBe(2304);
    expect(a.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
  });
});

describe('DGX SuperPOD H100, 4 SU: optics as NVIDIA bills them (RA-11333-001 V11, Table 8)', () => {
  // "All networking components are multi-mode fiber": 2,040 400G MPO cables, no panels or trunks
  const superpod = generateFabric({ template: 'rail-optimized', servers: 127, serverModel: 'dgx-h100', switchModel: 'qm9700' });
  if (!superpod.ok) throw new Error(superpod.problems.join('\n'));

  it('every in-hall run is multimode, within 90 % of its reach and with a loss margin, with point-to-point cables', () => {
    const a = analyzeDesign(superpod.design);
    expect(a.findings.map((f) => f.message)).toEqual([]);
    const media = new Set(superpod.design.links.map((l) => BUILTIN_CATALOG.optics[l.optic]?.medium));
    expect(media).toEqual(new Set(['mmf']));
    for (const v of a.links) {
      expect(v.lengthM).toBeLessThanOrEqual(0.9 * (v.fit?.reachM ?? 0));
      expect(v.fit?.marginDb ?? 0).toBeGreaterThanOrEqual(1);
    }
    // 2,040 compute cables and the 4 UFM ports' (NVIDIA runs those 4 UFM ports on 2 splitter cables, Table 8)
    expect(a.bom.cables.reduce((n, c) => n + c.count, 0)).toBe(2040 + 4);
    expect(a.bom.plant.trunks).toEqual([]);
  });

  it('the preview says which optic each tier got, its longest run and its reach', () => {
    const lines = superpod.optics.map((t) => describeTierOptic(t, BUILTIN_CATALOG));
    // server-leaf groups are named after the GPU racks, leaf-spine groups after the spines
    const longest = (idPart: string) => Math.max(...analyzeDesign(superpod.design).links.filter((v) => v.linkId.includes(idPart)).map((v) => v.lengthM));
    expect(lines).toEqual([
      `server–leaf: NVIDIA 400G SR4 (NDR single-port) MMF, longest run ${longest('gpu')} m of 50 m reach`,
      `leaf–spine: NVIDIA 400G SR4 (NDR single-port) MMF, longest run ${longest('spine')} m of 50 m reach`,
      `UFM–leaf: NVIDIA 400G SR4 (NDR single-port) MMF, longest run ${longest('ufm')} m of 50 m reach`,
    ]);
  });

  it('a run too long for multimode says so next to the single-mode optic it got', () => {
    const r = generateFabric({ template: 'rail-optimized', servers: 256, serverModel: 'dgx-h100', switchModel: 'qm9700' });
    if (!r.ok) throw new Error(r.problems.join('\n'));
    const smf = r.optics.find((t) => t.optic === '400g-dr4');
    expect(smf).toMatchObject({ tier: 'leafSpine', reason: 'ranked', reachM: 500, multimode: { optic: '400g-ndr-sr4', reachM: 50 } });
    expect(describeTierOptic(smf!, BUILTIN_CATALOG)).toMatch(/^leaf–spine: 400GBASE-DR4 SMF, longest run \d+ m of 500 m reach; multimode NVIDIA 400G SR4 \(NDR single-port\) is (over 90 % of|past) its reach \(50 m\)$/);
  });
});
