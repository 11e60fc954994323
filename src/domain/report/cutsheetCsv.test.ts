import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../engine/analyzeDesign.ts';
import { parseDesign } from '../format/parseDesign.ts';
import { CORD_SHEET_HEADER, cordSheetRows } from './cordSheet.ts';
import { toCsv } from './csv.ts';
import { CUTSHEET_HEADER, cutsheetCables, cutsheetRows } from './cutsheet.ts';
import { cutsheetCsv, type CutsheetSheet } from './cutsheetCsv.ts';
import { TRUNK_SHEET_HEADER, trunkSheetRows } from './trunkSheet.ts';

const parsed = parseDesign(readFileSync('public/examples/two-building-lr4.fabric.json', 'utf8'));
if (!parsed.ok) throw new Error('seed must parse');
const seed = parsed.design;
const analysis = analyzeDesign(seed);

describe('the cable schedule and task sheets as CSV', () => {
  it('writes each sheet from its rows with its header, and counts them: cables, the BOM cords, a row per trunk and path', () => {
    expect(cutsheetCsv(seed, analysis, 'schedule')).toEqual({ csv: toCsv(CUTSHEET_HEADER, cutsheetRows(seed, analysis)), rows: analysis.summary.cables });
    const cords = cordSheetRows(seed, analysis);
    expect(cords).toHaveLength(analysis.bom.cables.reduce((n, c) => n + c.count, 0));
    expect(cutsheetCsv(seed, analysis, 'cords')).toEqual({ csv: toCsv(CORD_SHEET_HEADER, cords), rows: cords.length });
    const trunks = trunkSheetRows(seed, analysis);
    expect(cutsheetCsv(seed, analysis, 'trunks')).toEqual({ csv: toCsv(TRUNK_SHEET_HEADER, trunks), rows: trunks.length });
  });

  it.each<CutsheetSheet>(['schedule', 'cords', 'trunks'])('%s: handing in the cable paths, as the worker does to count them, changes nothing', (sheet) => {
    const walked: string[] = [];
    const cables = (function* () {
      for (const c of cutsheetCables(seed, analysis)) {
        walked.push(c.cableId);
        yield c;
      }
    })();
    expect(cutsheetCsv(seed, analysis, sheet, cables)).toEqual(cutsheetCsv(seed, analysis, sheet));
    // every sheet walks the schedule's paths once, so the worker's progress runs to the schedule's size
    expect(walked).toHaveLength(analysis.summary.cables);
  });
});
