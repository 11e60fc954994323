/**
 * The commissioning sheet: per link group, the Rx power a technician should read in DOM at turn-up,
 * from the engine's windows (Tx window minus the loss window of `linkLoss`). Rows never invent a
 * figure: a missing one stays null and the status says "not-published".
 */
import type { Analysis } from '../engine/analyzeDesign.ts';
import { linkLoss } from '../engine/linkLoss.ts';
import { rxWindow, type RxWindow } from '../engine/rxWindow.ts';
import type { Design } from '../model/design.ts';
import type { Cell } from './csv.ts';
import { CUTSHEET_HEADER, cutsheetRows } from './cutsheet.ts';

/** The window figures a row carries, under the names the JSON uses. */
const WINDOW_FIELDS = ['txMinDbm', 'txMaxDbm', 'lossMinDb', 'lossMaxDb', 'rxMinDbm', 'rxMaxDbm', 'sensitivityDbm', 'overloadDbm', 'marginDb', 'status'] as const;

/** One `links[]` row of `fabric commission --json`: exactly these fields (a README contract). */
export type CommissioningJsonRow = { readonly id: string; readonly optic: string } & Pick<RxWindow, (typeof WINDOW_FIELDS)[number]>;

/** A link group's row; `lanes` (A to B, B to A) only where the two directions differ (a breakout's two optics). */
export type CommissioningLink = CommissioningJsonRow & { readonly lanes?: readonly (CommissioningJsonRow & { readonly direction: 'a-to-b' | 'b-to-a' })[] };

function jsonRow(id: string, w: RxWindow): CommissioningJsonRow {
  const row: Record<string, unknown> = { id, optic: w.txOptic };
  for (const field of WINDOW_FIELDS) row[field] = w[field];
  return row as CommissioningJsonRow;
}

/** Rows of every link group whose plant fits its optic, in design order. */
export function commissioningLinks(analysis: Analysis): CommissioningLink[] {
  const out: CommissioningLink[] = [];
  for (const v of analysis.links) {
    const [ab, ba] = v.commissioning;
    if (!ab) continue;
    const row = jsonRow(v.linkId, ab);
    out.push(ba ? { ...row, lanes: [{ ...row, direction: 'a-to-b' }, { ...jsonRow(v.linkId, ba), direction: 'b-to-a' }] } : row);
  }
  return out;
}

export const COMMISSION_CSV_HEADER = [
  'cable_id', 'link_group', 'a_device', 'a_port', 'b_device', 'b_port', 'optic', 'fiber', 'length_m',
  'tx_min_dbm', 'tx_max_dbm', 'loss_min_db', 'loss_max_db', 'rx_min_dbm', 'rx_max_dbm',
  'sensitivity_dbm', 'overload_dbm', 'margin_db', 'rx_low_warn_dbm', 'rx_high_warn_dbm', 'dom_thresholds', 'status',
  'measured_rx_a_dbm', 'measured_rx_b_dbm',
] as const;

const col = (name: (typeof CUTSHEET_HEADER)[number]) => CUTSHEET_HEADER.indexOf(name);

/**
 * One row per cable, from the cable schedule's own expansion: each cable's window uses its own
 * length (the group row uses the longest and the shortest). Measured columns are left blank.
 */
export function* commissioningCsvRows(design: Design, analysis: Analysis): Generator<Cell[]> {
  const links = new Map(design.links.map((l) => [l.id, l]));
  for (const cable of cutsheetRows(design, analysis)) {
    const id = String(cable[col('link_group')]);
    const v = analysis.linkById.get(id);
    const link = links.get(id);
    const optic = link && analysis.catalog.optics[link.optic];
    const rxId = link?.opticB ?? link?.optic;
    const rxOptic = rxId === undefined ? undefined : analysis.catalog.optics[rxId];
    if (!v || !link || !optic || !rxOptic || rxId === undefined || v.commissioning.length === 0) continue;
    const lengthM = Number(cable[col('length_m')]);
    const fiber = optic.medium === 'smf' || optic.medium === 'mmf';
    const w = rxWindow(link.optic, optic, rxId, rxOptic, fiber ? linkLoss(lengthM, lengthM, v.plant) : null);
    yield [
      cable[col('cable_id')], link.id,
      cable[col('a_device')], cable[col('a_port')], cable[col('b_device')], cable[col('b_port')],
      optic.name, v.plant.fiber, lengthM,
      w.txMinDbm, w.txMaxDbm, w.lossMinDb, w.lossMaxDb, w.rxMinDbm, w.rxMaxDbm,
      w.sensitivityDbm, w.overloadDbm, w.marginDb, w.dom?.rxLowWarnDbm, w.dom?.rxHighWarnDbm,
      w.dom ? (w.dom.derived ? 'derived' : 'published') : 'not published', w.status,
      '', '',
    ];
  }
}
