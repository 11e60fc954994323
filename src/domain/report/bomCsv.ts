/** The bill of materials as one CSV: a `category` column separates devices, modules, cables, plant (trunk, panel, cassette, harness, splice), fiber, power and cost. */
import type { Bom } from '../engine/bom.ts';
import type { NodeIndex } from '../engine/placement.ts';
import { nameOf } from '../engine/plantPlaces.ts';
import { harnessItem, panelItem, SPLICE_CLOSURE_ITEM, SPLICE_ITEM, trunkItem } from '../engine/plantPriceItems.ts';
import { toCsv, type Cell } from './csv.ts';
import { deviceLineName } from './deviceLineName.ts';

export const BOM_CSV_HEADER = [
  'category', 'item', 'description', 'role_or_grade', 'length_m', 'count', 'switch_side', 'server_side',
  'unit_power_w', 'total_power_w', 'unit_price', 'extended_price',
] as const;

type Row = Partial<Record<(typeof BOM_CSV_HEADER)[number], Cell>>;

/** `nodes` names the building and hall pairs of the fiber rows (their `item` keeps the ids, for scripts). */
export function bomCsv(bom: Bom, nodes: NodeIndex): string {
  const between = (p: { a: string; b: string }) => `${nameOf(nodes, p.a)} - ${nameOf(nodes, p.b)}`;
  const rows: Row[] = [];
  for (const d of bom.devices) {
    rows.push({ category: 'device', item: d.model, description: deviceLineName(d), role_or_grade: d.role, count: d.count, unit_power_w: d.powerMaxW, total_power_w: d.powerMaxW === null ? null : d.powerMaxW * d.count });
  }
  for (const r of bom.racks) rows.push({ category: 'rack', item: `${r.rackKind}-rack`, description: `${r.rackKind} rack`, count: r.count });
  for (const m of bom.modules) {
    rows.push({ category: 'module', item: m.module, description: `${m.name} (${m.part})`, count: m.count, switch_side: m.switchSide, server_side: m.serverSide, unit_power_w: m.powerW, total_power_w: m.totalPowerW });
  }
  if (bom.coPackagedPorts) {
    rows.push({ category: 'co-packaged', item: 'switch-ports', description: 'co-packaged switch ports in use (fiber at the faceplate; no module bought)', count: bom.coPackagedPorts, switch_side: bom.coPackagedPorts });
  }
  for (const c of bom.cables) rows.push({ category: 'cable', item: c.assembly, description: `${c.assembly} ${c.lengthM} m`, role_or_grade: c.fiber, length_m: c.lengthM, count: c.count });
  const { plant } = bom;
  for (const t of plant.trunks) {
    const what = t.type === 'osp' ? 'outside-plant trunk' : 'MPO trunk';
    rows.push({ category: 'trunk', item: trunkItem(t), description: `${what} ${t.fibers} fibers, ${t.between[0]} - ${t.between[1]}`, role_or_grade: t.fiber, length_m: t.lengthM, count: t.count });
  }
  for (const p of plant.panels) rows.push({ category: 'panel', item: panelItem(p), description: `${p.at}: ${p.connector.toUpperCase()} ports (${p.via})`, count: p.ports });
  for (const c of plant.cassettes) rows.push({ category: 'cassette', item: c.cassette, description: `${c.at}: ${c.lcPorts} LC ports`, count: c.count });
  for (const h of plant.harnesses) rows.push({ category: 'harness', item: harnessItem(h), description: `MPO to ${h.legs} x LC duplex harness`, role_or_grade: h.fiber, count: h.count });
  if (plant.spliceClosures) rows.push({ category: 'splice', item: SPLICE_CLOSURE_ITEM, description: 'splice closures on outside-plant trunks', count: plant.spliceClosures });
  if (plant.splices) rows.push({ category: 'splice', item: SPLICE_ITEM, description: 'fusion splices (every trunk fiber at each closure)', count: plant.splices });
  rows.push({ category: 'fiber', item: 'strands', description: 'fiber strands, all links', count: bom.fiber.strands });
  rows.push({ category: 'fiber', item: 'pairs', description: 'fiber pairs, all links', count: bom.fiber.pairs });
  for (const p of bom.fiber.byBuildingPair) rows.push({ category: 'fiber', item: `pairs ${p.a}<->${p.b}`, description: `campus trunk pairs between buildings, ${between(p)}`, count: p.pairs });
  for (const p of bom.fiber.byHallPair) rows.push({ category: 'fiber', item: `pairs ${p.a}<->${p.b}`, description: `trunk pairs between halls, ${between(p)}`, count: p.pairs });
  const { modulesUnpublished, modulePartsUnpublished } = bom.powerW;
  const floor = modulesUnpublished ? ` (at least: ${modulesUnpublished} modules of ${modulePartsUnpublished} parts have no published figure)` : '';
  rows.push({ category: 'power', item: 'modules', description: `transceivers and active cable ends${floor}`, total_power_w: bom.powerW.modules });
  rows.push({ category: 'power', item: 'devices-max', description: 'devices at maximum rating (where published)', total_power_w: bom.powerW.devicesMax });
  for (const c of bom.cost?.lines ?? []) rows.push({ category: 'cost', item: c.item, count: c.count, unit_price: c.unitPrice, extended_price: c.extended });
  if (bom.cost) {
    const unpriced = bom.cost.unpriced.length ? `; unpriced: ${bom.cost.unpriced.join(' ')}` : '';
    rows.push({ category: 'cost', item: 'total', description: `total of priced lines${unpriced}`, extended_price: bom.cost.total });
  }
  return toCsv(BOM_CSV_HEADER, rows.map((r) => BOM_CSV_HEADER.map((k) => r[k])));
}
