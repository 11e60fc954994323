/**
 * The storage fabric of the DGX SuperPOD H100 (RA-11333-001 V11): Table 7 bills 16 storage QM9700 for
 * 4 SUs of 127 DGX, Table 8 494 400G storage cables "DGX H100 systems to leaf, leaf to spine", 254
 * DGX QSFP112 transceivers (127 × 2), 369 switch transceivers and 4 UFM system transceivers; the
 * storage section gives the ratios (arrays 1:1, DGX "near 4:3"), not the split.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../catalog/catalog.ts';
import { analyzeDesign } from '../engine/analyzeDesign.ts';
import { parseDesign } from '../format/parseDesign.ts';
import { serializeDesign } from '../format/serializeDesign.ts';
import { generateFabric, type GenerateResult } from './generateFabric.ts';
import { validateParams, type FabricParams } from './params.ts';
import { describeStorage } from './storage.ts';

const h100 = (servers: number, extra: Partial<FabricParams> = {}): FabricParams => ({ template: 'rail-optimized', servers, serverModel: 'dgx-h100', switchModel: 'qm9700', storage: true, ...extra });

function generated(params: FabricParams): Extract<GenerateResult, { ok: true }> {
  const r = generateFabric(params);
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r;
}

/** Storage switches by role and the storage links (to and between storage switches, UFM left out), from the engine's BOM and the design. */
function storageTotals(r: Extract<GenerateResult, { ok: true }>) {
  const a = analyzeDesign(r.design);
  const lines = a.bom.devices.filter((d) => d.fabric === 'storage');
  const storageIds = new Set(r.design.nodes.filter((n) => n.kind === 'switch' && n.fabric === 'storage').map((n) => n.id));
  const links = r.design.links.filter((l) => (storageIds.has(l.a) || storageIds.has(l.b)) && l.a !== 'ufm').reduce((n, l) => n + l.count, 0);
  const count = (role: string) => lines.filter((d) => d.role === role).reduce((n, d) => n + d.count, 0);
  return { a, leaves: count('leaf'), spines: count('spine'), links };
}

describe('storage fabric on the servers\' storage ports, as NVIDIA builds the DGX SuperPOD', () => {
  it('4 SU of 127 DGX H100: Table 7\'s 16 storage QM9700 and Table 8\'s 494 cables and 254 QSFP112 transceivers, with no finding', () => {
    const r = generated(h100(127));
    const { a, leaves, spines, links } = storageTotals(r);
    // 8 server leaves (2 per SU) at 32 down, 24 up; 2 array leaves of 24 array ports, 24 up; 6 spines
    expect([leaves, spines, leaves + spines]).toEqual([10, 6, 16]);
    expect(links).toBe(494);
    expect(a.findings.map((f) => f.message)).toEqual([]);
    // the DGX side of each storage link is one QSFP112 SR4 (Table 8: 254 DGX system transceivers)
    expect(a.bom.modules.find((m) => m.part === 'MMA1Z00-NS400')?.serverSide).toBe(254);
    // UFM system transceivers: 4 on the compute fabric and 4 on the storage fabric, as Table 8 bills them
    expect(a.bom.modules.find((m) => m.part.includes('980-9I51S-00NS00'))?.serverSide).toBe(8);
    // switch modules: the compute fabric's 1,536 (Table 8) and 370 storage ones; Table 8's 369 is the 738
    // storage switch ports halved, but the two SU 4 leaves have an odd 55 ports each and a module sits in one switch
    expect(a.bom.modules.filter((m) => m.switchSide > 0).reduce((n, m) => n + m.switchSide, 0)).toBe(1536 + 370);
    const serverLeaf = a.bandwidth.switches.find((s) => s.nodeId === 'su1-storage-leaf');
    expect(serverLeaf && [serverLeaf.downGbps, serverLeaf.upGbps]).toEqual([32 * 400, 24 * 400]);
    expect(describeStorage(r.storage, BUILTIN_CATALOG)).toBe(
      "Storage: 16 × NVIDIA Quantum-2 QM9700 (8 server leaves at 4:3, 2 array leaves keeping 48 array ports at 1:1, 6 spines); 254 server–leaf links on the servers' storage+inband ports, 240 leaf–spine, 4 UFM links to the array leaves; the arrays themselves are not drawn.",
    );
  });

  it('holds the server leaves to the 4:3 they are built for (the design\'s 1:1 would warn), and the file keeps it', () => {
    const { design } = generated(h100(127));
    const strict = { ...design, nodes: design.nodes.map((n) => (n.kind === 'switch' && n.fabric === 'storage' ? { ...n, targetOversubscription: 1 } : n)) };
    expect(analyzeDesign(strict).findings.filter((f) => f.code === 'oversubscribed').map((f) => f.nodeId)).toEqual(['su1-storage-leaf', 'su2-storage-leaf', 'su3-storage-leaf', 'su4-storage-leaf']);
    const read = parseDesign(serializeDesign(design));
    expect(read.ok && read.design.nodes.find((n) => n.id === 'su1-storage-leaf')).toMatchObject({ fabric: 'storage', targetOversubscription: 32 / 24 });
  });

  it('the BOM buys the storage switches on lines of their own', () => {
    const { a } = storageTotals(generated(h100(127)));
    const qm9700 = a.bom.devices.filter((d) => d.model === 'qm9700').map((d) => [d.role, d.fabric ?? 'compute', d.count]);
    expect(qm9700).toEqual([
      ['leaf', 'compute', 32],
      ['leaf', 'storage', 10],
      ['spine', 'compute', 16],
      ['spine', 'storage', 6],
    ]);
  });

  it.each([
    // servers, storage leaves (server + array), spines, links (servers × 2 + leaf–spine) by the rule
    [31, 2 + 2, 2, 62 + 2 * 24 + 2 * 24],
    [63, 4 + 2, 3, 126 + 4 * 24 + 2 * 24],
    [95, 6 + 2, 4, 190 + 6 * 24 + 2 * 24],
  ])('%i DGX H100: %i storage leaves, %i spines, %i links, no finding', (servers, leaves, spines, links) => {
    const t = storageTotals(generated(h100(servers)));
    expect([t.leaves, t.spines, t.links]).toEqual([leaves, spines, links]);
    expect(t.a.findings).toEqual([]);
  });

  it('more array ports take more array leaves, still 1:1', () => {
    const r = generated(h100(127, { storageArrayPorts: 96 }));
    expect(r.storage).toMatchObject({ kind: 'added', arrayLeaves: 4, arrayPortsPerLeaf: 24, upPerArrayLeaf: 24, spines: 6 });
    expect(analyzeDesign(r.design).findings).toEqual([]);
  });

  it('is left out, with the reason, where no published layout or no 2-tier fabric applies', () => {
    const ethernet = generated(h100(127, { switchModel: 'sn5600' }));
    expect(describeStorage(ethernet.storage, BUILTIN_CATALOG)).toMatch(/^Storage: not added: .*no Ethernet storage layout is published/);
    expect(ethernet.design.nodes.some((n) => n.kind === 'switch' && n.fabric === 'storage')).toBe(false);
    // 64 SUs: 128 server leaves' 4,096 storage ports need more spines than a leaf has uplinks (24)
    expect(describeStorage(generated(h100(2048)).storage, BUILTIN_CATALOG)).toBe(
      'Storage: not added: a 2-tier storage fabric of qm9700 takes at most 23 SUs of 32 servers (64 asked); a larger one is not generated.',
    );
    expect(generated(h100(736)).storage.kind).toBe('added');
    // NVL72 racks: NVIDIA's GB200 SuperPOD runs storage over Ethernet, with in-band
    const nvl72 = generated({ template: 'rail-optimized', servers: 576, rackType: 'gb300-nvl72', serverModel: 'gb300-tray', serversPerRack: 18, switchModel: 'q3400', storage: true });
    expect(describeStorage(nvl72.storage, BUILTIN_CATALOG)).toMatch(/^Storage: not added: NVIDIA's GB200 SuperPOD carries storage on a converged storage and in-band Ethernet fabric/);
  });

  it('is off unless asked for, and the array ports must be a whole number', () => {
    const off = generated(h100(127, { storage: false }));
    expect(off.storage).toEqual({ kind: 'none' });
    expect(describeStorage(off.storage, BUILTIN_CATALOG)).toBeNull();
    expect(validateParams(h100(127, { storageArrayPorts: 0 }), BUILTIN_CATALOG)).toEqual([
      'storageArrayPorts (leaf ports kept for the storage arrays) must be a whole number of at least 1 (got 0).',
    ]);
  });
});
