/**
 * The P2P workbook: one sheet per fabric, CVT's header on each. Written by write-excel-file (its
 * `universal` build runs unchanged in the browser and in Node), not by hand-built XML.
 */
import writeXlsxFile from 'write-excel-file/universal';
import { CVT_HEADER, type CvtSheet } from './cvtP2p.ts';

export function cvtXlsx(sheets: readonly CvtSheet[]): Promise<Blob> {
  const header = CVT_HEADER.map((value) => ({ value, fontWeight: 'bold' as const }));
  const list = sheets.length > 0 ? sheets : [{ name: 'Fabric 1', rows: [] }];
  return writeXlsxFile(list.map((s) => ({ sheet: s.name.slice(0, 31), data: [header, ...s.rows.map((row) => row.map((value) => ({ value, type: String })))] }))).toBlob();
}
