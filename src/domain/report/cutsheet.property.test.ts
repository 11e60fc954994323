import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../engine/analyzeDesign.ts';
import type { Design } from '../model/design.ts';
import { arbitraryDesign } from '../testing/arbitraryDesign.ts';
import { CUTSHEET_HEADER, cutsheetRows } from './cutsheet.ts';

const col = (name: (typeof CUTSHEET_HEADER)[number]) => CUTSHEET_HEADER.indexOf(name);

/** Some 400G-DR4 groups become 4 x 100G-DR breakouts, so breakout lanes share devices with other groups. */
const withBreakouts = fc.tuple(arbitraryDesign, fc.array(fc.boolean(), { minLength: 8, maxLength: 8 })).map(
  ([d, flips]): Design => ({
    ...d,
    // a few hundred links per group keep a run short; the spread and port rules do not change with size
    links: d.links.map((l, i) => ({ ...l, count: Math.min(l.count, 256), ...(l.optic === '400g-dr4' && flips[i] ? { opticB: '100g-dr' } : {}) })),
  }),
);

describe('cable schedule properties', () => {
  it('no device port carries two cables (breakout lanes count one port each), and rows per group equal the cables counted', () => {
    fc.assert(
      fc.property(withBreakouts, (d) => {
        const analysis = analyzeDesign(d);
        const rows = [...cutsheetRows(d, analysis)];
        const seen = new Set<string>();
        const rowsPerGroup = new Map<string, number>();
        for (const r of rows) {
          const group = String(r[col('link_group')]);
          rowsPerGroup.set(group, (rowsPerGroup.get(group) ?? 0) + 1);
          const cord = String(r[col('label')]).match(/\(cord (\d+) of/)?.[1] ?? '1';
          if (cord !== '1') continue; // the second cord of a twin-port link lands on the same port
          const aPort = String(r[col('a_port')]);
          if (aPort) {
            const key = `${r[col('a_device')]}|${aPort}`;
            expect(seen.has(key), key).toBe(false);
            seen.add(key);
          }
          const bDevices = String(r[col('b_device')]).split(' ');
          String(r[col('b_port')]).split(' ').forEach((port, i) => {
            if (!port) return;
            const key = `${bDevices[i]}|${port}`;
            expect(seen.has(key), key).toBe(false);
            seen.add(key);
          });
        }
        for (const v of analysis.links) expect(rowsPerGroup.get(v.linkId) ?? 0).toBe(v.cables * v.cordsPerCable);
        expect(rows.length).toBe(analysis.summary.cables);
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
