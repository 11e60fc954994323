/**
 * The cable schedule and the installer task sheets as CSV text: what `fabric cutsheet [--task]`
 * prints and the browser's downloads hold, byte for byte.
 */
import { assertNever } from '../assertNever.ts';
import type { Analysis } from '../engine/analyzeDesign.ts';
import type { Design } from '../model/design.ts';
import { CORD_SHEET_HEADER, cordSheetRows } from './cordSheet.ts';
import { toCsv } from './csv.ts';
import { CUTSHEET_HEADER, cutsheetCables, type CutsheetCable } from './cutsheet.ts';
import { TRUNK_SHEET_HEADER, trunkSheetRows } from './trunkSheet.ts';

/** `schedule`: one row per cable path; `cords`: the patch cords by rack; `trunks`: the trunks by pair of places. */
export type CutsheetSheet = 'schedule' | 'cords' | 'trunks';

export interface SheetCsv {
  readonly csv: string;
  readonly rows: number;
}

/**
 * One sheet. Every sheet reads the schedule's cable paths once; pass them in (`cutsheetCables` of
 * the same design and analysis) to watch them go by, as the browser's worker does for its progress bar.
 */
export function cutsheetCsv(design: Design, analysis: Analysis, sheet: CutsheetSheet, cables: Iterable<CutsheetCable> = cutsheetCables(design, analysis)): SheetCsv {
  switch (sheet) {
    case 'schedule': {
      let rows = 0;
      const csv = toCsv(CUTSHEET_HEADER, (function* () {
        for (const cable of cables) {
          rows += 1;
          yield cable.cells;
        }
      })());
      return { csv, rows };
    }
    case 'cords': {
      const rows = cordSheetRows(design, analysis, cables);
      return { csv: toCsv(CORD_SHEET_HEADER, rows), rows: rows.length };
    }
    case 'trunks': {
      const rows = trunkSheetRows(design, analysis, cables);
      return { csv: toCsv(TRUNK_SHEET_HEADER, rows), rows: rows.length };
    }
    default:
      return assertNever(sheet);
  }
}
