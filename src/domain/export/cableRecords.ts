/**
 * The cable schedule's rows as named records, read by column name from the cut sheet's own header, so
 * every hand-off export names the same devices, ports and racks the cut sheet does.
 */
import type { Analysis } from '../engine/analyzeDesign.ts';
import type { Design, LinkGroup } from '../model/design.ts';
import type { Cell } from '../report/csv.ts';
import type { PathHop } from '../report/channelPath.ts';
import { CUTSHEET_HEADER, cutsheetCables, type CutsheetCable } from '../report/cutsheet.ts';

export type CableRecord = Readonly<Record<(typeof CUTSHEET_HEADER)[number], string>> & {
  /** The link group the cable belongs to. */
  readonly link: LinkGroup;
  /** The panels and trunks between its ends (none for a direct cable). */
  readonly hops: readonly PathHop[];
};

/** `cables`: the schedule's rows, by default made here; a caller that paces or counts them passes its own. */
export function cableRecords(design: Design, analysis: Analysis, cables: Iterable<CutsheetCable> = cutsheetCables(design, analysis)): CableRecord[] {
  const links = new Map(design.links.map((l) => [l.id, l]));
  const column = new Map<string, number>(CUTSHEET_HEADER.map((name, i) => [name, i]));
  const out: CableRecord[] = [];
  for (const { cells, hops } of cables) {
    const record = Object.fromEntries(CUTSHEET_HEADER.map((name) => [name, text(cells[column.get(name)!])])) as Record<(typeof CUTSHEET_HEADER)[number], string>;
    const link = links.get(record.link_group);
    if (link) out.push({ ...record, link, hops });
  }
  return out;
}

const text = (cell: Cell): string => (cell === null || cell === undefined ? '' : String(cell));

/** The cut sheet joins the far ends of a breakout cable with spaces; this splits them again. */
export function ends(field: string): string[] {
  return field.split(' ').filter((s) => s !== '');
}
