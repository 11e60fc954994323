/**
 * UFM appliances of an InfiniBand fabric as NVIDIA builds the DGX SuperPOD H100 (RA-11333-001 V11):
 * Table 4 "Compute + UFM" cables 252 / 508 / 764 / 1,020 for 1–4 SUs of 31 / 63 / 95 / 127 nodes
 * (one DGX left out for the UFM links), Table 7 four UFM Appliance 3.1, Table 8 four UFM system
 * transceivers 980-9I51S-00NS00 on the compute fabric.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../catalog/catalog.ts';
import { analyzeDesign } from '../engine/analyzeDesign.ts';
import { cutsheetCables } from '../report/cutsheet.ts';
import { generateFabric, type GenerateResult } from './generateFabric.ts';
import type { FabricParams } from './params.ts';
import { describeUfm } from './ufm.ts';

const h100 = (servers: number, extra: Partial<FabricParams> = {}): FabricParams => ({ template: 'rail-optimized', servers, serverModel: 'dgx-h100', switchModel: 'qm9700', ...extra });

function generated(params: FabricParams): Extract<GenerateResult, { ok: true }> {
  const r = generateFabric(params);
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r;
}

describe('UFM appliances on the DGX SuperPOD H100 compute fabric', () => {
  it.each([
    // SUs, nodes (32 per SU, one left out), Table 4 leaves, spines and "Compute + UFM" cables
    [1, 31, 8, 4, 252],
    [2, 63, 16, 8, 508],
    [3, 95, 24, 16, 764],
    [4, 127, 32, 16, 1020],
  ])('%i SU of %i nodes: %i leaves, %i spines, %i compute + UFM cables, no finding', (sus, nodes, leaves, spines, published) => {
    const r = generated(h100(nodes));
    expect([r.counts.sus, r.counts.leaves, r.counts.spines]).toEqual([sus, leaves, spines]);
    const a = analyzeDesign(r.design);
    const nodeLeaf = a.bandwidth.tiers.filter((t) => t.upper === 'leaf').reduce((n, t) => n + t.links, 0);
    expect(nodeLeaf).toBe(published);
    expect(a.findings.map((f) => f.message)).toEqual([]);
    expect([a.summary.servers, a.summary.appliances, a.summary.gpus]).toEqual([nodes, 4, nodes * 8]);
  });

  it('four UFM Appliance 3.1 on a line of their own, one MMA4Z00-NS400 each, in a management rack (Tables 7 and 8)', () => {
    const a = analyzeDesign(generated(h100(127)).design);
    expect(a.bom.devices.filter((d) => d.role === 'appliance').map((d) => [d.name, d.count, d.gpus])).toEqual([['NVIDIA UFM Enterprise Appliance 3.1', 4, 0]]);
    expect(a.bom.modules.find((m) => m.part.includes('980-9I51S-00NS00'))?.serverSide).toBe(4);
    expect(a.bom.racks.find((r) => r.rackKind === 'management')?.count).toBe(1);
    // the appliances are neither servers nor switches
    expect(a.summary.switches).toBe(48);
  });

  it('the 4 UFM links land one each on 4 of the 8 SU 4 leaves, which had a port free, without an uneven-spread warning', () => {
    const { design } = generated(h100(127));
    const a = analyzeDesign(design);
    const ufm = [...cutsheetCables(design, a)].filter((c) => c.linkId === 'ufm--su4-leaf');
    expect(ufm.map((c) => c.b[0]?.device)).toEqual(['su4-leaf#1', 'su4-leaf#2', 'su4-leaf#3', 'su4-leaf#4']);
    expect(new Set(ufm.map((c) => c.a.device)).size).toBe(4);
    expect(a.findings.filter((f) => f.code === 'uneven-spread')).toEqual([]);
  });

  it('full SUs leave no leaf port for UFM: the generator says so and what to ask for', () => {
    const r = generated(h100(128));
    expect(describeUfm(r.ufm, BUILTIN_CATALOG)).toBe(
      'UFM: not added: every down port of the SU 4 leaves is in use. NVIDIA leaves one server out for the 4 UFM links (RA-11333-001 Table 4, note 1): ask for 127 servers, or keep a leaf port free (reserved leaf ports 1).',
    );
    expect(analyzeDesign(r.design).summary.appliances).toBe(0);
  });

  it('ufm: false leaves them out; Ethernet and multi-plane fabrics get none', () => {
    const off = generated(h100(127, { ufm: false }));
    expect(off.ufm).toEqual({ kind: 'none' });
    expect(off.design.nodes.some((n) => n.kind === 'rack' && n.rackKind === 'management')).toBe(false);
    expect(analyzeDesign(off.design).summary.links).toBe(1016 + 1024);
    expect(generated(h100(127, { switchModel: 'sn5600' })).ufm).toEqual({ kind: 'none' });
    const planes = generated({ template: 'rail-optimized', servers: 63, serverModel: 'dgx-b300', switchModel: 'qm9700' });
    expect(planes.ufm.kind).toBe('skipped');
  });
});
