/** Messages between the page and the cable-schedule worker. Only the serialized design and the sheet's name go in. */
import type { CutsheetSheet } from '../domain/report/cutsheetCsv.ts';

export interface CutsheetRequest {
  readonly designText: string;
  readonly sheet: CutsheetSheet;
}

/** `rows`: the sheet's rows (cables for the schedule, cords for the cord sheet). */
export interface CutsheetResult {
  readonly csv: Blob;
  readonly rows: number;
  readonly sheet: CutsheetSheet;
}
