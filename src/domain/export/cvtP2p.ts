/**
 * NVIDIA UFM Cable Validation Tool "P2P" rows: one per cable of the cable schedule, A and Z ends with
 * node name, type (Host or Switch) and port, and the rack where the design knows it (the rack unit is
 * not in the design, so U stays empty). Ports are written as NVIDIA writes them: the cage number, and
 * `cage/port` for a port of a split (twin-port) cage, e.g. `OSFP2/1` becomes `2/1`.
 */
import type { Analysis } from '../engine/analyzeDesign.ts';
import type { Design } from '../model/design.ts';
import type { CutsheetCable } from '../report/cutsheet.ts';
import { cableRecords } from './cableRecords.ts';

export const CVT_HEADER = ['A-Rack', 'A-U', 'A-Node Name', 'A-Type', 'A-Port', 'Z-Rack', 'Z-U', 'Z-Node Name', 'Z-Type', 'Z-Port'] as const;

export type CvtRow = readonly string[];

export interface CvtSheet {
  /** Excel sheet name (at most 31 characters). */
  readonly name: string;
  readonly rows: readonly CvtRow[];
}

/** One sheet per fabric: the link groups that connect, through shared nodes, into one network. */
export function cvtSheets(design: Design, analysis: Analysis, cables?: Iterable<CutsheetCable>): CvtSheet[] {
  const fabricOf = fabrics(design);
  const sheets = new Map<number, CvtRow[]>();
  for (const r of cableRecords(design, analysis, cables)) {
    const fabric = fabricOf.get(r.link.id) ?? 0;
    let rows = sheets.get(fabric);
    if (!rows) sheets.set(fabric, (rows = []));
    const v = analysis.linkById.get(r.link.id);
    const aPort = cvtPort(r.a_port, v?.endA?.portGroup.formFactor ?? '');
    const bPort = cvtPort(r.b_port, v?.endB?.portGroup.formFactor ?? '');
    rows.push([r.a_rack, '', r.a_device, nodeType(analysis, r.link.a), aPort, r.b_rack, '', r.b_device, nodeType(analysis, r.link.b), bPort]);
  }
  return [...sheets].map(([n, rows]) => ({ name: `Fabric ${n + 1}`, rows }));
}

/** Every row of every sheet, for the CSV form of the file. */
export function cvtRows(design: Design, analysis: Analysis, cables?: Iterable<CutsheetCable>): CvtRow[] {
  return cvtSheets(design, analysis, cables).flatMap((s) => s.rows);
}

/** The cut sheet's port (`OSFP2/1`: form factor, cage, port of the cage) without the form factor. */
export function cvtPort(port: string, formFactor: string): string {
  return port
    .split(' ')
    .map((p) => (formFactor && p.startsWith(formFactor) ? p.slice(formFactor.length) : p))
    .join(' ');
}

function nodeType(analysis: Analysis, nodeId: string): 'Host' | 'Switch' {
  return analysis.sites.get(nodeId)?.node.kind === 'rack' ? 'Host' : 'Switch';
}

/** Link id to fabric number, fabrics numbered in the order their first link group appears. */
function fabrics(design: Design): Map<string, number> {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let r = id;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(id, r);
    return r;
  };
  for (const l of design.links) {
    const a = root(l.a);
    const b = root(l.b);
    if (a !== b) parent.set(b, a);
  }
  const numbers = new Map<string, number>();
  const out = new Map<string, number>();
  for (const l of design.links) {
    const r = root(l.a);
    if (!numbers.has(r)) numbers.set(r, numbers.size);
    out.set(l.id, numbers.get(r)!);
  }
  return out;
}
