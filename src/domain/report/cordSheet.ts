/**
 * The patch-cord sheet, one row per cord an installer lays, by the rack it starts in: on a structured
 * path a cord from device A to its first panel port and one from the last panel to each device port
 * at B (a breakout's legs each get one); a direct cable is one row from device to device.
 */
import type { Analysis } from '../engine/analyzeDesign.ts';
import { cordAssembly } from '../engine/cableAssembly.ts';
import type { Design, LinkGroup } from '../model/design.ts';
import { panelPortName, polarityName, type JunctionHop } from './channelPath.ts';
import type { Cell } from './csv.ts';
import { CUTSHEET_HEADER, cutsheetCables, type CableEnd, type CutsheetCable } from './cutsheet.ts';
import { LABEL_MAX_CHARS } from './endLabel.ts';

export const CORD_SHEET_HEADER = [
  'cord_id', 'building', 'hall', 'rack', 'device', 'port', 'socket',
  'to_panel', 'to_panel_port', 'to_rack', 'to_device', 'to_port',
  'assembly', 'fiber', 'length_m', 'polarity', 'label', 'far_label', 'cable_id', 'link_group',
] as const;

interface CordRow {
  readonly at: CableEnd;
  readonly cells: Cell[];
}

const column = (name: (typeof CUTSHEET_HEADER)[number]) => CUTSHEET_HEADER.indexOf(name);
const byNumber = (x: string, y: string) => x.localeCompare(y, 'en', { numeric: true });

/**
 * Every cord, sorted by building, hall and rack (rows and slots in number order), then in schedule
 * order; `cables` are the schedule's own paths of the same design and analysis.
 */
export function cordSheetRows(design: Design, analysis: Analysis, cables: Iterable<CutsheetCable> = cutsheetCables(design, analysis)): Cell[][] {
  const links = new Map(design.links.map((l) => [l.id, l]));
  const rows: CordRow[] = [];
  for (const cable of cables) rows.push(...cableCords(cable, links.get(cable.linkId), analysis));
  const order = rows.map((r, i) => ({ r, i }));
  order.sort((x, y) => byNumber(x.r.at.building, y.r.at.building) || byNumber(x.r.at.hall, y.r.at.hall) || byNumber(x.r.at.rack, y.r.at.rack) || x.i - y.i);
  return order.map(({ r }, i) => [`K${String(i + 1).padStart(6, '0')}`, ...r.cells]);
}

function cableCords(cable: CutsheetCable, link: LinkGroup | undefined, analysis: Analysis): CordRow[] {
  const cell = (name: (typeof CUTSHEET_HEADER)[number]) => cable.cells[column(name)] ?? '';
  const socket = cable.cords > 1 ? cable.cord : '';
  const tail = [cable.cableId, cable.linkId];
  const { a, b } = cable;
  const first = cable.hops[0];
  const last = cable.hops.at(-1);
  if (first?.kind !== 'junction' || last?.kind !== 'junction') {
    const to = [b.map((e) => e.rack).join(' '), b.map((e) => e.device).join(' '), b.map((e) => e.port).join(' ')];
    return [{ at: a, cells: [...where(a), socket, '', '', ...to, cell('assembly'), cell('fiber'), cable.run.lengthM, cell('polarity'), a.label, cell('b_label'), ...tail] }];
  }
  const optic = link && analysis.catalog.optics[link.optic];
  const child = link?.opticB && link.opticB !== link.optic ? analysis.catalog.optics[link.opticB] : undefined;
  if (!optic) return [];
  const cords = cable.run.segments.filter((s) => s.kind === 'cord');
  const lengthA = cords[0]?.lengthM ?? '';
  const lengthB = cords.at(-1)?.lengthM ?? '';
  const panelCord = (end: CableEnd, hop: JunctionHop, port: number, assembly: string, lengthM: number | string): CordRow => ({
    at: end,
    cells: [...where(end), socket, hop.place.name, panelPortName(hop, port), '', '', '', assembly, cell('fiber'), lengthM, polarityName(hop.connector), end.label, panelLabel(hop, port), ...tail],
  });
  return [
    panelCord(a, first, first.ports[0]!, cordAssembly(optic), lengthA),
    ...b.map((end, j) => panelCord(end, last, last.ports[j]!, cordAssembly(child ?? optic), lengthB)),
  ];
}

function where(end: CableEnd): Cell[] {
  return [end.building, end.hall, end.rack, end.device, end.port];
}

/** `Hall A1 row 3 MPO P5`: the place gives way first, to fit a label line. */
function panelLabel(hop: JunctionHop, port: number): string {
  const tail = panelPortName(hop, port);
  const room = LABEL_MAX_CHARS - tail.length - 1;
  const name = hop.place.name.length <= room ? hop.place.name : `${hop.place.name.slice(0, Math.max(1, room - 1))}~`;
  return `${name} ${tail}`.slice(0, LABEL_MAX_CHARS);
}
