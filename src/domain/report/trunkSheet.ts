/**
 * The trunk sheet, by pair of places: every trunk the BOM counts, and on it the fibers each cable path
 * takes with the panel ports at both ends. A route's fibers are numbered in cut-sheet order (the
 * schedule's `trunks` column) and taken trunk by trunk in the BOM's order, so a trunk the spare
 * share alone calls for is listed once as spare.
 */
import type { Analysis } from '../engine/analyzeDesign.ts';
import { trunkRouteKey } from '../engine/plantPlaces.ts';
import type { Design } from '../model/design.ts';
import { panelPortName, polarityName, type JunctionHop, type PathHop } from './channelPath.ts';
import type { Cell } from './csv.ts';
import { cutsheetCables, type CutsheetCable } from './cutsheet.ts';
import { LABEL_MAX_CHARS } from './endLabel.ts';

export const TRUNK_SHEET_HEADER = [
  'trunk_id', 'label', 'type', 'fiber', 'between_a', 'between_b', 'trunk_fibers', 'length_m',
  'fibers', 'a_panel_port', 'b_panel_port', 'polarity', 'cable_id', 'link_group',
] as const;

interface Trunk {
  readonly id: string;
  readonly head: Cell[];
  readonly places: readonly [string, string];
  /** Route fiber number of this trunk's fiber 1. */
  readonly start: number;
  readonly fibers: number;
  readonly rows: Cell[][];
}

/** Rows by trunk (BOM order), each trunk's paths by fiber; `cables` are the schedule's own paths of the same design and analysis. */
export function trunkSheetRows(design: Design, analysis: Analysis, cables: Iterable<CutsheetCable> = cutsheetCables(design, analysis)): Cell[][] {
  const routes = new Map<string, Trunk[]>();
  let serial = 0;
  for (const line of analysis.bom.plant.trunks) {
    const key = trunkRouteKey(line.type, line.fiber, line.places);
    const trunks = routes.get(key) ?? [];
    routes.set(key, trunks);
    for (let k = 0; k < line.count; k++) {
      const prev = trunks.at(-1);
      const id = `T${String(++serial).padStart(4, '0')}`;
      const label = trunkLabel(line.between, `${line.type.toUpperCase()} ${trunks.length + 1}`);
      const head = [id, label, line.type, line.fiber, line.between[0], line.between[1], line.fibers, line.lengthM];
      trunks.push({ id, head, places: line.places, start: prev ? prev.start + prev.fibers : 1, fibers: line.fibers, rows: [] });
    }
  }
  for (const cable of cables) {
    cable.hops.forEach((hop, i) => {
      if (hop.kind !== 'trunk') return;
      const before = cable.hops[i - 1] as JunctionHop;
      const after = cable.hops[i + 1] as JunctionHop;
      const last = hop.firstFiber + hop.fibers - 1;
      const trunks = routes.get(hop.route) ?? [];
      for (let k = firstHolding(trunks, hop.firstFiber); k < trunks.length && trunks[k]!.start <= last; k++) {
        const t = trunks[k]!;
        const lo = Math.max(hop.firstFiber, t.start);
        const hi = Math.min(last, t.start + t.fibers - 1);
        const [x, y] = before.place.id === t.places[0] ? [before, after] : [after, before];
        const polarity = hop.type === 'mpo' ? polarityName('mpo') : polarityName(before.connector);
        t.rows.push([`f${lo - t.start + 1}-${hi - t.start + 1}`, junctionPorts(x), junctionPorts(y), polarity, cable.cableId, cable.linkId]);
      }
    });
  }
  const out: Cell[][] = [];
  for (const trunks of routes.values()) {
    for (const t of trunks) {
      if (t.rows.length === 0) out.push([...t.head, 'spare', '', '', '', '', '']);
      for (const row of t.rows) out.push([...t.head, ...row]);
    }
  }
  return out;
}

/** The first trunk whose fibers reach route fiber `fiber` (trunks in fiber order). */
function firstHolding(trunks: readonly Trunk[], fiber: number): number {
  let lo = 0;
  let hi = trunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (trunks[mid]!.start + trunks[mid]!.fibers - 1 < fiber) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `Hall A1 row 3 MPO P5`, or `P5-8` where a breakout's legs take four ports behind one harness. */
function junctionPorts(hop: PathHop): string {
  if (hop.kind !== 'junction') return '';
  const first = panelPortName(hop, hop.ports[0]!);
  return `${hop.place.name} ${first}${hop.ports.length > 1 ? `-${hop.ports.at(-1)}` : ''}`;
}

/** `Building A-Building B OSP 1`: the place names give way first, to fit a label line. */
function trunkLabel(between: readonly [string, string], tail: string): string {
  const room = Math.max(2, Math.floor((LABEL_MAX_CHARS - tail.length - 2) / 2));
  const cut = (name: string) => (name.length <= room ? name : `${name.slice(0, room - 1)}~`);
  return `${cut(between[0])}-${cut(between[1])} ${tail}`.slice(0, LABEL_MAX_CHARS);
}
