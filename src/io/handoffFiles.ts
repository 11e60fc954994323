/** The hand-off files as browser downloads: NetBox CSVs zipped, CVT P2P as a workbook or CSV, draw.io. */
import { strToU8, zipSync } from 'fflate';
import { diagramLayout } from '../canvas/diagramLayout.ts';
import type { Analysis } from '../domain/engine/analyzeDesign.ts';
import { CVT_HEADER, cvtRows, cvtSheets } from '../domain/export/cvtP2p.ts';
import { cvtXlsx } from '../domain/export/cvtXlsx.ts';
import { drawioXml } from '../domain/export/drawioXml.ts';
import { netboxExport, type NetboxExport } from '../domain/export/netboxExport.ts';
import type { Design } from '../domain/model/design.ts';
import { toCsv } from '../domain/report/csv.ts';
import { slugOf } from './fileNames.ts';

export type HandoffTarget = 'netbox' | 'cvt-xlsx' | 'cvt-csv' | 'drawio';

export interface HandoffFile {
  readonly blob: Blob;
  readonly fileName: string;
}

export type HandoffResult = { readonly ok: true; readonly file: HandoffFile; readonly notes: readonly string[] } | { readonly ok: false; readonly problems: readonly string[] };

export async function handoffFile(target: HandoffTarget, design: Design, analysis: Analysis): Promise<HandoffResult> {
  const base = slugOf(design.name);
  switch (target) {
    case 'netbox': {
      const result = netboxExport(design, analysis);
      if (result.problems.length > 0) return { ok: false, problems: result.problems };
      return { ok: true, file: { blob: netboxZip(result), fileName: `${base}.netbox.zip` }, notes: result.notes };
    }
    case 'cvt-xlsx':
      return { ok: true, file: { blob: await cvtXlsx(cvtSheets(design, analysis)), fileName: `${base}.p2p.xlsx` }, notes: [] };
    case 'cvt-csv':
      return { ok: true, file: { blob: new Blob([toCsv(CVT_HEADER, cvtRows(design, analysis))], { type: 'text/csv;charset=utf-8' }), fileName: `${base}.p2p.csv` }, notes: [] };
    case 'drawio':
      return { ok: true, file: { blob: new Blob([drawioXml(design, analysis.catalog, diagramLayout(design, analysis))], { type: 'application/vnd.jgraph.mxfile' }), fileName: `${base}.drawio` }, notes: [] };
  }
}

function netboxZip(result: NetboxExport): Blob {
  const zip = zipSync(Object.fromEntries(result.files.map((f) => [f.name, strToU8(f.text)])));
  return new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}
