import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../engine/analyzeDesign.ts';
import type { Design } from '../model/design.ts';
import { arbitraryDesign } from '../testing/arbitraryDesign.ts';
import { CORD_SHEET_HEADER, cordSheetRows } from './cordSheet.ts';
import { TRUNK_SHEET_HEADER, trunkSheetRows } from './trunkSheet.ts';

/**
 * Some 400G-DR4 groups become 4 x 100G-DR breakouts, some of whole harnesses and some whose last
 * harness leaves legs unused (the BOM bills cords and panel ports for the legs in use); some same-hall
 * runs are direct cords; places get unique names, so a sheet's names identify them.
 */
const designs = fc.tuple(arbitraryDesign, fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 8, maxLength: 8 }), fc.constantFrom(0, 30)).map(
  ([d, flips, unusedLegs, directCordMaxM]): Design => ({
    ...d,
    settings: { ...d.settings, directCordMaxM },
    nodes: d.nodes.map((n) => ({ ...n, name: `${n.kind} ${n.id}` })),
    links: d.links.map((l, i) => {
      const breakout = l.optic === '400g-dr4' && flips[i];
      const count = Math.min(l.count, 256);
      return { ...l, count: breakout ? Math.max(1, Math.ceil(count / 4) * 4 - unusedLegs[i]!) : count, ...(breakout ? { opticB: '100g-dr' } : {}) };
    }),
  }),
);

const cordCol = (name: (typeof CORD_SHEET_HEADER)[number]) => CORD_SHEET_HEADER.indexOf(name);
const trunkCol = (name: (typeof TRUNK_SHEET_HEADER)[number]) => TRUNK_SHEET_HEADER.indexOf(name);

describe('installer task sheets', () => {
  it('no device port or panel port takes two cords, no trunk fiber two paths; rows equal the BOM cords and trunks', () => {
    fc.assert(
      fc.property(designs, (d) => {
        const analysis = analyzeDesign(d);
        const cords = cordSheetRows(d, analysis);
        expect(cords.length).toBe(analysis.bom.cables.reduce((n, c) => n + c.count, 0));
        const devicePorts = new Set<string>();
        const take = (key: string) => {
          expect(devicePorts.has(key), key).toBe(false);
          devicePorts.add(key);
        };
        const panelPorts = new Set<string>();
        for (const r of cords) {
          const socket = String(r[cordCol('socket')]);
          if (r[cordCol('port')]) take(`${r[cordCol('device')]}|${r[cordCol('port')]}|${socket}`);
          const farDevices = String(r[cordCol('to_device')]).split(' ');
          String(r[cordCol('to_port')]).split(' ').forEach((port, i) => port && take(`${farDevices[i]}|${port}|${socket}`));
          if (r[cordCol('to_panel')]) {
            const key = `${r[cordCol('to_panel')]}|${r[cordCol('to_panel_port')]}`;
            expect(panelPorts.has(key), key).toBe(false);
            panelPorts.add(key);
          }
        }
        const trunks = trunkSheetRows(d, analysis);
        const ids = new Set(trunks.map((r) => r[trunkCol('trunk_id')]));
        expect(ids.size).toBe(analysis.bom.plant.trunks.reduce((n, t) => n + t.count, 0));
        const fibers = new Set<string>();
        for (const r of trunks) {
          const range = String(r[trunkCol('fibers')]).match(/^f(\d+)-(\d+)$/);
          if (!range) continue;
          expect(Number(range[2])).toBeLessThanOrEqual(Number(r[trunkCol('trunk_fibers')]));
          for (let f = Number(range[1]); f <= Number(range[2]); f++) {
            const key = `${r[trunkCol('trunk_id')]}|${f}`;
            expect(fibers.has(key), key).toBe(false);
            fibers.add(key);
          }
        }
        // every lit fiber the BOM sizes its trunks for is on the sheet (a route of several lines repeats its fibers on each)
        const routes = new Map(analysis.bom.plant.trunks.map((t) => [`${t.type}|${t.fiber}|${t.places.join('|')}`, t.usedFibers]));
        expect(fibers.size).toBe([...routes.values()].reduce((n, f) => n + f, 0));
      }),
      { numRuns: 15 },
    );
  }, 240_000);
});
