/** Extended and total cost from the user's unit prices (by device model id, module id or plant item id). */
import { ownEntry } from '../ownTable.ts';
import type { DeviceLine, ModuleLine } from './bom.ts';
import type { CableLine, PlantBom } from './plantBom.ts';
import { plantQuantities } from './plantPriceItems.ts';

export interface CostLine {
  readonly item: string;
  readonly count: number;
  readonly unitPrice: number;
  readonly extended: number;
}

export interface Cost {
  readonly lines: readonly CostLine[];
  readonly total: number;
  /** Items in the BOM that have no price yet. */
  readonly unpriced: readonly string[];
}

/** Null when the design has no prices at all: cost is only shown when the user gives prices. */
export function costLines(
  prices: Readonly<Record<string, number>>,
  devices: readonly DeviceLine[],
  modules: readonly ModuleLine[],
  cables: readonly CableLine[],
  plant: PlantBom,
): Cost | null {
  if (Object.keys(prices).length === 0) return null;
  const counts = new Map<string, number>();
  for (const d of devices) counts.set(d.model, (counts.get(d.model) ?? 0) + d.count);
  for (const m of modules) counts.set(m.module, (counts.get(m.module) ?? 0) + m.count);
  for (const q of plantQuantities(cables, plant)) counts.set(q.item, (counts.get(q.item) ?? 0) + q.count);
  const lines: CostLine[] = [];
  const unpriced: string[] = [];
  for (const [item, count] of counts) {
    const unitPrice = ownEntry(prices, item);
    if (unitPrice === undefined) unpriced.push(item);
    else lines.push({ item, count, unitPrice, extended: Math.round(unitPrice * count * 100) / 100 });
  }
  return { lines, total: Math.round(lines.reduce((s, l) => s + l.extended, 0) * 100) / 100, unpriced };
}
