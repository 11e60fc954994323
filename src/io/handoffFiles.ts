/** The hand-off files that come from the cable schedule: NetBox CSVs zipped, CVT P2P as a workbook or CSV. */
import { strToU8, zipSync } from 'fflate';
import type { Analysis } from '../domain/engine/analyzeDesign.ts';
import { CVT_HEADER, cvtRows, cvtSheets } from '../domain/export/cvtP2p.ts';
import { cvtXlsx } from '../domain/export/cvtXlsx.ts';
import { netboxExport, type NetboxExport } from '../domain/export/netboxExport.ts';
import type { Design } from '../domain/model/design.ts';
import { toCsv } from '../domain/report/csv.ts';
import type { CutsheetCable } from '../domain/report/cutsheet.ts';
import { slugOf } from './fileNames.ts';

/** The exports that walk every cable (a worker builds them); draw.io draws the canvas instead. */
export type ScheduleTarget = 'netbox' | 'cvt-xlsx' | 'cvt-csv';
export type HandoffTarget = ScheduleTarget | 'drawio';

export interface HandoffFile {
  readonly blob: Blob;
  readonly fileName: string;
}

export type HandoffResult = { readonly ok: true; readonly file: HandoffFile; readonly notes: readonly string[] } | { readonly ok: false; readonly problems: readonly string[] };

/** `cables`: the schedule's rows, when the caller paces them (the worker counts them for its progress bar). */
export async function handoffFile(target: ScheduleTarget, design: Design, analysis: Analysis, cables?: Iterable<CutsheetCable>): Promise<HandoffResult> {
  const base = slugOf(design.name);
  switch (target) {
    case 'netbox': {
      const result = netboxExport(design, analysis, cables);
      if (result.problems.length > 0) return { ok: false, problems: result.problems };
      return { ok: true, file: { blob: netboxZip(result), fileName: `${base}.netbox.zip` }, notes: result.notes };
    }
    case 'cvt-xlsx':
      return { ok: true, file: { blob: await cvtXlsx(cvtSheets(design, analysis, cables)), fileName: `${base}.p2p.xlsx` }, notes: [] };
    case 'cvt-csv':
      return { ok: true, file: { blob: new Blob([toCsv(CVT_HEADER, cvtRows(design, analysis, cables))], { type: 'text/csv;charset=utf-8' }), fileName: `${base}.p2p.csv` }, notes: [] };
  }
}

function netboxZip(result: NetboxExport): Blob {
  const zip = zipSync(Object.fromEntries(result.files.map((f) => [f.name, strToU8(f.text)])));
  return new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}
