import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../engine/analyzeDesign.ts';
import { parseDesign } from '../format/parseDesign.ts';
import type { ChannelTemplate } from '../model/design.ts';
import { building, design, hall, linkGroup, networkRack, switches } from '../testing/designBuilder.ts';
import { CORD_SHEET_HEADER, cordSheetRows } from './cordSheet.ts';
import { TRUNK_SHEET_HEADER, trunkSheetRows } from './trunkSheet.ts';

const parsed = parseDesign(readFileSync(new URL('../../../public/examples/two-building-lr4.fabric.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('seed must parse');
const seed = parsed.design;
const cord = (row: readonly unknown[]) => Object.fromEntries(CORD_SHEET_HEADER.map((name, i) => [name, row[i]]));
const trunk = (row: readonly unknown[]) => Object.fromEntries(TRUNK_SHEET_HEADER.map((name, i) => [name, row[i]]));

describe('the installer task sheets of the seed example', () => {
  const analysis = analyzeDesign(seed);

  it('lists every patch cord by rack: a GPU port to its row panel port, as many rows as the BOM has cords', () => {
    const rows = cordSheetRows(seed, analysis).map(cord);
    expect(rows).toHaveLength(analysis.bom.cables.reduce((n, c) => n + c.count, 0));
    expect(rows[0]).toMatchObject({
      cord_id: 'K000001', building: 'Building A', hall: 'Hall A1', rack: 'R01-01', device: 'gpu-a#1', port: 'OSFP1/1',
      to_panel: 'Hall A1 row 1', to_panel_port: 'MPO P1', assembly: 'mpo-12', length_m: 5, polarity: 'MPO Type B', cable_id: 'C000001',
    });
    // racks in order, never back to one already left
    const racks = rows.map((r) => `${r.building}/${r.hall}/${r.rack}`);
    const seen = new Set<string>();
    racks.forEach((k, i) => {
      if (i > 0 && k !== racks[i - 1]) expect(seen.has(k), k).toBe(false);
      seen.add(k);
    });
  });

  it('puts the 32 LR4 links between the buildings on one 288-fiber OSP trunk, two fibers each, with the building panel ports at its ends', () => {
    const osp = trunkSheetRows(seed, analysis).map(trunk).filter((r) => r.type === 'osp');
    const bom = analysis.bom.plant.trunks.find((t) => t.type === 'osp')!;
    const lr4 = seed.links.filter((l) => l.optic === '400g-lr4-10').reduce((n, l) => n + l.count, 0);
    expect(osp).toHaveLength(lr4);
    expect(new Set(osp.map((r) => r.trunk_id)).size).toBe(1);
    expect(osp[0]).toMatchObject({ between_a: 'Building A', between_b: 'Building B', trunk_fibers: bom.fibers, length_m: bom.lengthM, fibers: 'f1-2', a_panel_port: 'Building A LC P1', b_panel_port: 'Building B LC P1', polarity: 'LC A-B' });
    expect(osp.at(-1)!.fibers).toBe(`f${2 * lr4 - 1}-${2 * lr4}`);
  });
});

describe('task sheets over a direct cord and a breakout', () => {
  it('writes a short run as one device-to-device cord and a breakout as one MPO cord and four LC cords on four panel ports', () => {
    const d = design(
      [building('b'), hall('h', 'b'), switches('x', 'h', 'generic-25t6-64x400g-qsfpdd', 'leaf', 1, { row: 0, slot: 0 }), switches('near', 'h', 'generic-25t6-64x400g-qsfpdd', 'spine', 1, { row: 0, slot: 2 }), switches('y', 'h', 'sn4600c', 'leaf', 1, { row: 10, slot: 0 })],
      [linkGroup('short', 'x', 'near', 1, '400g-dr4'), linkGroup('bo', 'x', 'y', 4, '400g-dr4', { opticB: '100g-dr' })],
      { directCordMaxM: 30 },
    );
    const a = analyzeDesign(d);
    const rows = cordSheetRows(d, a).map(cord);
    expect(rows.map((r) => [r.link_group, r.device, r.to_panel, r.to_panel_port, r.to_device, r.assembly, r.length_m])).toEqual([
      ['short', 'x', '', '', 'near', 'mpo-12', 10],
      ['bo', 'x', 'h row 1', 'MPO P1', '', 'mpo-12', 5],
      ['bo', 'y', 'h row 11', 'LC P1', '', 'lc-duplex', 5],
      ['bo', 'y', 'h row 11', 'LC P2', '', 'lc-duplex', 5],
      ['bo', 'y', 'h row 11', 'LC P3', '', 'lc-duplex', 5],
      ['bo', 'y', 'h row 11', 'LC P4', '', 'lc-duplex', 5],
    ]);
    const trunks = trunkSheetRows(d, a).map(trunk);
    expect(trunks.map((r) => [r.between_a, r.between_b, r.fibers, r.a_panel_port, r.b_panel_port])).toEqual([['h row 1', 'h row 11', 'f1-12', 'h row 1 MPO P1', 'h row 11 LC P1-4']]);
  });
});

describe('a breakout whose far end spans racks at different distances', () => {
  /** Cords by assembly and length, as the cord sheet lists them and as the BOM buys them. */
  const byLength = (lines: readonly { assembly: unknown; lengthM: unknown; count: number }[]) => {
    const out: Record<string, number> = {};
    for (const l of lines) out[`${l.assembly} ${l.lengthM} m`] = (out[`${l.assembly} ${l.lengthM} m`] ?? 0) + l.count;
    return out;
  };
  const sheetAndBom = (d: ReturnType<typeof design>) => {
    const analysis = analyzeDesign(d);
    const rows = cordSheetRows(d, analysis).map(cord);
    return { rows, sheet: byLength(rows.map((r) => ({ assembly: r.assembly, lengthM: r.length_m, count: 1 }))), bom: byLength(analysis.bom.cables) };
  };
  const farRacks = (far: string, racks: number, row: number, model: string) => [
    { ...networkRack(`${far}-racks`, 'h', { row, slot: 0 }), quantity: racks },
    switches(far, `${far}-racks`, model, 'leaf', racks),
  ];

  it('buys the direct breakout cords the sheet lays: the legs of cable p go to leaves 4p to 4p+3, round robin', () => {
    // 8 DR4 ports fan out to 32 DR lanes on 8 leaves, one per rack of a row: a 10 m cord reaches the
    // first rack, 15 m the others; the harnesses land on leaves 1 and 5, 4 in each rack
    const d = design(
      [building('b'), hall('h', 'b'), switches('x', 'h', 'generic-25t6-64x400g-qsfpdd', 'spine', 1, { row: 0, slot: 0 }), ...farRacks('y', 8, 1, 'sn4600c')],
      [linkGroup('bo', 'x', 'y', 32, '400g-dr4', { opticB: '100g-dr', channel: [{ kind: 'cord' }] })],
    );
    const { rows, sheet, bom } = sheetAndBom(d);
    expect(rows.map((r) => r.to_device)).toEqual(Array.from({ length: 8 }, (_, p) => [0, 1, 2, 3].map((j) => `y#${((4 * p + j) % 8) + 1}`).join(' ')));
    expect(sheet).toEqual({ 'mpo-12-to-lc-breakout 10 m': 4, 'mpo-12-to-lc-breakout 15 m': 4 });
    expect(bom).toEqual(sheet);
  });

  it('buys the cords a twin-port breakout lays over a hall panel, each MPO cord to its own leaf', () => {
    // 800G 2xDR4 to 400G DR4, 4 modules: cord c of module p lands on leaf 2p + c. From the hall panel
    // a cord reaches racks 1 to 6 of the far row in 30 m (riser + row + rack, 10 % slack), racks 7 and 8 take 50 m
    const template: ChannelTemplate = [{ kind: 'cord' }, { kind: 'panel', at: 'hall' }, { kind: 'trunk' }, { kind: 'panel', at: 'hall' }, { kind: 'cord' }];
    const d = design(
      [
        building('b'), hall('h', 'b'), hall('g', 'b', 60, 0), switches('s', 'g', 'sn5600', 'spine', 1, { row: 0, slot: 0 }),
        ...farRacks('z', 8, 7, 'generic-25t6-64x400g-qsfpdd'),
      ],
      [linkGroup('tw', 's', 'z', 8, '800g-2xdr4', { opticB: '400g-dr4', channel: template })],
    );
    const { rows, sheet, bom } = sheetAndBom(d);
    expect(rows.filter((r) => String(r.device).startsWith('z#')).map((r) => r.device)).toEqual(Array.from({ length: 8 }, (_, i) => `z#${i + 1}`));
    expect(sheet['mpo-12 50 m']).toBe(2);
    expect(bom).toEqual(sheet);
  });
});
