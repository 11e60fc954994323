/** The bill of materials as one CSV: a `category` column separates devices, modules, cables and fiber. */
import type { Bom } from '../engine/bom.ts';
import { toCsv, type Cell } from './csv.ts';

export const BOM_CSV_HEADER = ['category', 'item', 'description', 'role_or_grade', 'length_m', 'count', 'switch_side', 'server_side', 'unit_power_w', 'total_power_w'] as const;

export function bomCsv(bom: Bom): string {
  const rows: Cell[][] = [];
  for (const d of bom.devices) rows.push(['device', d.model, d.name, d.role, null, d.count, null, null, d.powerMaxW, d.powerMaxW === null ? null : d.powerMaxW * d.count]);
  for (const r of bom.racks) rows.push(['rack', `${r.rackKind}-rack`, `${r.rackKind} rack`, null, null, r.count, null, null, null, null]);
  for (const m of bom.modules) rows.push(['module', m.module, `${m.name} (${m.part})`, null, null, m.count, m.switchSide, m.serverSide, m.powerW, m.totalPowerW]);
  for (const c of bom.cables) rows.push(['cable', c.assembly, `${c.assembly} ${c.lengthM} m`, c.fiber, c.lengthM, c.count, null, null, null, null]);
  rows.push(['fiber', 'strands', 'fiber strands, all links', null, null, bom.fiber.strands, null, null, null, null]);
  rows.push(['fiber', 'pairs', 'fiber pairs, all links', null, null, bom.fiber.pairs, null, null, null, null]);
  for (const p of bom.fiber.byBuildingPair) rows.push(['fiber', `pairs ${p.a}<->${p.b}`, 'campus trunk pairs between buildings', null, null, p.pairs, null, null, null, null]);
  for (const p of bom.fiber.byHallPair) rows.push(['fiber', `pairs ${p.a}<->${p.b}`, 'trunk pairs between halls', null, null, p.pairs, null, null, null, null]);
  for (const c of bom.cost?.lines ?? []) rows.push(['cost', c.item, `unit price ${c.unitPrice}`, null, null, c.count, null, null, null, c.extended]);
  if (bom.cost) rows.push(['cost', 'total', `total of priced lines${bom.cost.unpriced.length ? `; unpriced: ${bom.cost.unpriced.join(' ')}` : ''}`, null, null, null, null, null, null, bom.cost.total]);
  rows.push(['power', 'modules', 'transceivers and active cable ends', null, null, null, null, null, null, bom.powerW.modules]);
  rows.push(['power', 'devices-max', 'devices at maximum rating (where published)', null, null, null, null, null, null, bom.powerW.devicesMax]);
  return toCsv(BOM_CSV_HEADER, rows);
}
