/** Mutated real designs (the bundled examples): parseDesign never throws, and whatever it accepts is analyzed. */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../engine/analyzeDesign.ts';
import { CUTSHEET_HEADER, cutsheetRows } from '../report/cutsheet.ts';
import { applyMutation, arbitraryMutation } from '../testing/mutateDesign.ts';
import { parseDesign } from './parseDesign.ts';

const examplesDir = new URL('../../../public/examples/', import.meta.url);
const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.fabric.json')).map((f) => readFileSync(new URL(f, examplesDir), 'utf8'));

// enough rows to reach every link group of the examples; the caps bound the rest of the work
const CUTSHEET_ROWS = 5_000;

describe('mutated example designs', () => {
  it('are read without throwing, and every accepted one is analyzed, costed and scheduled', { timeout: 120_000 }, () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.nat(examples.length - 1), fc.array(arbitraryMutation, { minLength: 1, maxLength: 3 }), (which, mutations) => {
        const doc = JSON.parse(examples[which]!);
        for (const m of mutations) applyMutation(doc, m);
        const r = parseDesign(JSON.stringify(doc));
        if (!r.ok) {
          expect(r.problems.length).toBeGreaterThan(0);
          return;
        }
        accepted++;
        const analysis = analyzeDesign(r.design);
        expect(analysis.bom.devices).toBeDefined();
        let rows = 0;
        for (const row of cutsheetRows(r.design, analysis)) {
          expect(row.length).toBe(CUTSHEET_HEADER.length);
          if (++rows >= CUTSHEET_ROWS) break;
        }
        // one row per cable path (summary.cables), not per BOM cord: a structured channel's two cords share a row
        expect(rows).toBe(Math.min(CUTSHEET_ROWS, analysis.summary.cables));
      }),
      { numRuns: 300 },
    );
    // the mutations are not all refused: the property exercises the engine too
    expect(accepted).toBeGreaterThan(30);
  });
});
