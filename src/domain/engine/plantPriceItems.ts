/**
 * The price ids of plant lines, so that a user's price list covers every BOM line: cords and cables
 * per piece by assembly, grade and length; trunks per metre by type, grade and fiber count; panel
 * ports, cassettes, harnesses, splice closures and splices per piece.
 */
import type { CableLine, HarnessLine, PanelLine, PlantBom, TrunkLine } from './plantBom.ts';

export interface PricedQuantity {
  readonly item: string;
  /** Pieces, or metres for trunks. */
  readonly count: number;
}

const grade = (fiber: string | null) => (fiber ?? 'copper').toLowerCase();

export function cableItem(c: CableLine): string {
  return `${c.assembly}-${grade(c.fiber)}-${c.lengthM}m`;
}

export const trunkItem = (t: TrunkLine) => `trunk-${t.type}-${grade(t.fiber)}-${t.fibers}f-per-m`;
export const panelItem = (p: PanelLine) => `panel-port-${p.connector}`;
export const harnessItem = (h: HarnessLine) => `harness-${h.assembly}`;
export const SPLICE_CLOSURE_ITEM = 'splice-closure';
export const SPLICE_ITEM = 'fusion-splice';

export function plantQuantities(cables: readonly CableLine[], plant: PlantBom): PricedQuantity[] {
  return [
    ...cables.map((c) => ({ item: cableItem(c), count: c.count })),
    ...plant.trunks.map((t) => ({ item: trunkItem(t), count: t.lengthM * t.count })),
    ...plant.panels.map((p) => ({ item: panelItem(p), count: p.ports })),
    ...plant.cassettes.map((c) => ({ item: c.cassette, count: c.count })),
    ...plant.harnesses.map((h) => ({ item: harnessItem(h), count: h.count })),
    { item: SPLICE_CLOSURE_ITEM, count: plant.spliceClosures },
    { item: SPLICE_ITEM, count: plant.splices },
  ].filter((q) => q.count > 0);
}
