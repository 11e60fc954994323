import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../engine/analyzeDesign.ts';
import { parseDesign } from '../format/parseDesign.ts';
import { building, design, gpuRacks, hall, linkGroup, switches } from '../testing/designBuilder.ts';
import { cordSheetRows } from './cordSheet.ts';
import { CUTSHEET_HEADER, cutsheetRows, cutsheetSize } from './cutsheet.ts';

const col = (name: (typeof CUTSHEET_HEADER)[number]) => CUTSHEET_HEADER.indexOf(name);

function example(file: string) {
  const r = parseDesign(readFileSync(new URL(`../../../public/examples/${file}`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(file);
  return r.design;
}

describe('cable schedule', () => {
  it('has one row per cable path, each with a unique id and the channel length the engine measured', () => {
    const d = example('two-building-lr4.fabric.json');
    const a = analyzeDesign(d);
    const rows = [...cutsheetRows(d, a)];
    expect(rows).toHaveLength(cutsheetSize(a));
    expect(rows).toHaveLength(256);
    expect(new Set(rows.map((r) => r[col('cable_id')])).size).toBe(256);
    const byLength = new Map<number, number>();
    for (const r of rows) byLength.set(r[col('length_m')] as number, (byLength.get(r[col('length_m')] as number) ?? 0) + 1);
    const measured = new Map<number, number>();
    for (const v of a.links) for (const [m, n] of v.cablesByLengthM) measured.set(m, (measured.get(m) ?? 0) + n);
    expect(Object.fromEntries(byLength)).toEqual(Object.fromEntries(measured));
  });

  it('spreads rail links so NIC i of every server lands on leaf i, with twin-port port names', () => {
    const d = example('dgx-h100-su.fabric.json');
    const rows = [...cutsheetRows(d, analyzeDesign(d))].filter((r) => r[col('link_group')] === 'su1-rails');
    const server5 = rows.filter((r) => r[col('a_device')] === 'su1-gpu#5');
    expect(server5.map((r) => r[col('a_port')])).toEqual(['OSFP1/1', 'OSFP1/2', 'OSFP2/1', 'OSFP2/2', 'OSFP3/1', 'OSFP3/2', 'OSFP4/1', 'OSFP4/2']);
    expect(server5.map((r) => r[col('b_device')])).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((i) => `su1-leaf#${i}`));
    // every leaf port is used once: 32 servers on 16 twin-port cages of each leaf
    const leaf1 = rows.filter((r) => r[col('b_device')] === 'su1-leaf#1').map((r) => r[col('b_port')]);
    expect(new Set(leaf1).size).toBe(32);
    expect(leaf1.at(-1)).toBe('OSFP16/2');
  });

  it('labels cables TIA-606 style: building.hall.rack:device:port on both ends', () => {
    const d = example('two-building-lr4.fabric.json');
    const first = cutsheetRows(d, analyzeDesign(d)).next().value!;
    expect(first[col('label')]).toBe('bldg-a.hall-a1.R01-01:gpu-a#1:OSFP1/1 / bldg-a.hall-a1.R03-01:leaf-a#1:QSFP-DD1');
  });

  it('writes one row per cord when a link needs two (800G 2xDR4 on two MPO-12)', () => {
    const d = design(
      [building('b'), hall('h', 'b'), switches('x', 'h', 'sn5600', 'leaf', 1, { row: 0, slot: 0 }), switches('y', 'h', 'sn5600', 'spine', 1, { row: 2, slot: 0 })],
      [linkGroup('l', 'x', 'y', 4, '800g-2xdr4')],
    );
    const a = analyzeDesign(d);
    const rows = [...cutsheetRows(d, a)];
    expect(rows).toHaveLength(8);
    expect(a.summary.cables).toBe(8);
    expect(rows[1]![col('label')]).toMatch(/\(cord 2 of 2\)$/);
  });

  it('gives each cord of a twin-port breakout its own leg (800G 2xDR4 to two 400G DR4), as many cords as the BOM bills', () => {
    const d = design(
      [building('b'), hall('h', 'b'), switches('x', 'h', 'sn5600', 'leaf', 1, { row: 0, slot: 0 }), switches('y', 'h', 'generic-25t6-64x400g-qsfpdd', 'spine', 2, { row: 2, slot: 0 })],
      [linkGroup('l', 'x', 'y', 4, '800g-2xdr4', { opticB: '400g-dr4' })],
    );
    const a = analyzeDesign(d);
    const rows = [...cutsheetRows(d, a)];
    expect(rows).toHaveLength(a.summary.cables);
    expect(rows.map((r) => [r[col('a_port')], r[col('b_device')], r[col('b_port')]])).toEqual([
      ['OSFP1', 'y#1', 'QSFP-DD1'],
      ['OSFP1', 'y#2', 'QSFP-DD1'],
      ['OSFP2', 'y#1', 'QSFP-DD2'],
      ['OSFP2', 'y#2', 'QSFP-DD2'],
    ]);
    // one MPO cord per module port at x, one per DR4 at y: the cord sheet lists what the BOM buys
    const billed = a.bom.cables.filter((c) => c.assembly === 'mpo-12').reduce((n, c) => n + c.count, 0);
    expect(cordSheetRows(d, a)).toHaveLength(billed);
  });

  it('expands grouped GPU racks to their servers in rack order', () => {
    const d = design(
      [building('b'), hall('h', 'b'), gpuRacks('g', 'h', { row: 0, slot: 4 }, 'dgx-h100', 4, 2), switches('l', 'h', 'qm9700', 'leaf', 1, { row: 1, slot: 0 })],
      [linkGroup('l1', 'g', 'l', 8, '400g-dr4')],
    );
    const rows = [...cutsheetRows(d, analyzeDesign(d))];
    expect(rows.map((r) => r[col('a_rack')])).toEqual(['R01-05', 'R01-05', 'R01-05', 'R01-05', 'R01-06', 'R01-06', 'R01-06', 'R01-06']);
  });
});
