/** A link end that names its port group (`portsA` / `portsB`): fit, modules, cages per group, findings, cut sheet, file, diff. */
import { describe, expect, it } from 'vitest';
import { diffDesigns } from '../diff/diffDesigns.ts';
import { parseDesign } from '../format/parseDesign.ts';
import { serializeDesign } from '../format/serializeDesign.ts';
import type { LinkGroup } from '../model/design.ts';
import { cutsheetCables } from '../report/cutsheet.ts';
import { building, design, gpuRacks, hall, linkGroup, switches } from '../testing/designBuilder.ts';
import { analyzeDesign } from './analyzeDesign.ts';

// 4 DGX H100 in one rack; a QM9700 storage leaf beside them; links of 400G NDR SR4 (the storage fabric's optic)
const storage = (count: number, extra: Partial<LinkGroup> = {}) =>
  design(
    [building('b'), hall('h', 'b'), gpuRacks('dgx', 'h', { row: 0, slot: 0 }), switches('leaf', 'h', 'qm9700', 'leaf', 1, { row: 0, slot: 2 })],
    // one direct cord per link, as the SuperPOD bills its in-hall runs
    [linkGroup('st', 'dgx', 'leaf', count, '400g-ndr-sr4', { channel: [{ kind: 'cord' }], ...extra })],
  );
const modules = (d: ReturnType<typeof storage>) => analyzeDesign(d).bom.modules.map((m) => [m.part, m.count, m.serverSide, m.switchSide]);

describe('a link end on a named port group', () => {
  it('without a group the DGX end lands on its first group (compute OSFP, twin-port flat-top); with storage+inband on QSFP112', () => {
    // 8 links over 4 DGX: 2 per DGX, one twin-port OSFP each on compute; one QSFP112 module per link on storage
    expect(modules(storage(8))).toEqual([
      ['MMA4Z00-NS', 4, 0, 4],
      ['MMA4Z00-NS-FLT (980-9I51A-00NS00)', 4, 4, 0],
    ]);
    expect(modules(storage(8, { portsA: 'storage+inband' }))).toEqual([
      ['MMA1Z00-NS400', 8, 8, 0],
      ['MMA4Z00-NS', 4, 0, 4],
    ]);
    const a = analyzeDesign(storage(8, { portsA: 'storage+inband' }));
    expect(a.findings).toEqual([]);
    // the storage cages are counted in their own group (index 1 of the DGX H100's groups), the compute cages stay free
    expect([a.cagesInUse('dgx', 0), a.cagesInUse('dgx', 1)]).toEqual([0, 2]);
  });

  it('the storage group runs out at its own 4 cages, and says which group', () => {
    // 20 links over 4 DGX = 5 per DGX: 5 QSFP112 cages needed of 4 (on compute they would fit in 3 of 4 OSFP cages)
    const a = analyzeDesign(storage(20, { portsA: 'storage+inband' }));
    expect(a.findings.map((f) => [f.code, f.message])).toEqual([
      ['ports-exhausted', 'NVIDIA DGX H100 needs 5 storage+inband cages on its busiest device but has 4: add switches or reduce the link count.'],
    ]);
    expect(analyzeDesign(storage(20)).findings).toEqual([]);
  });

  it('a group the model does not have is an error naming the groups it has, with the fix', () => {
    const a = analyzeDesign(storage(8, { portsA: 'storage' }));
    expect(a.findings.map((f) => [f.code, f.severity, f.message])).toEqual([
      [
        'port-group-unknown',
        'error',
        'NVIDIA DGX H100 has no "storage" ports (it has compute, storage+inband, inband-mgmt-optional, host-lan, oob-mgmt): choose one of those for end A, or clear it to use the first that fits.',
      ],
    ]);
    // nothing is bought for an end that lands nowhere
    expect(a.bom.modules.map((m) => m.part)).toEqual(['MMA4Z00-NS']);
  });

  it('a group that cannot host the optic gets the form-factor finding with that group’s cages only', () => {
    const a = analyzeDesign(storage(4, { portsA: 'oob-mgmt' }));
    expect(a.findings.map((f) => f.code)).toEqual(['form-factor-mismatch']);
    expect(a.findings[0]?.message).toBe("No NVIDIA 400G SR4 (NDR single-port) module fits NVIDIA DGX H100's cages (RJ45): choose an optic sold in that form factor.");
  });

  it('the cut sheet names the ports of the group the links land on', () => {
    const d = storage(8, { portsA: 'storage+inband' });
    const rows = [...cutsheetCables(d, analyzeDesign(d))];
    expect(rows.slice(0, 2).map((r) => r.a.port)).toEqual(['QSFP112-1', 'QSFP112-2']);
    const plain = storage(8);
    expect([...cutsheetCables(plain, analyzeDesign(plain))].slice(0, 2).map((r) => r.a.port)).toEqual(['OSFP1/1', 'OSFP1/2']);
  });

  it('the file carries portsA / portsB, a file without them reads as before, and the diff names the field', () => {
    const d = storage(8, { portsA: 'storage+inband' });
    const text = serializeDesign(d);
    expect(text).toContain('"portsA": "storage+inband"');
    const back = parseDesign(text);
    expect(back.ok && back.design).toEqual(d);
    const old = parseDesign(serializeDesign(storage(8)));
    expect(old.ok && old.design.links[0]).toEqual(storage(8).links[0]);
    const bad = parseDesign(text.replace('"portsA": "storage+inband"', '"portsA": ""'));
    expect(bad.ok).toBe(false);
    const diff = diffDesigns({ design: storage(8), analysis: analyzeDesign(storage(8)) }, { design: d, analysis: analyzeDesign(d) });
    expect(diff.links.changed[0]?.fields).toEqual([{ field: 'portsA', before: null, after: 'storage+inband' }]);
  });
});
