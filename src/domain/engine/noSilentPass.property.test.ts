import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../catalog/catalog.ts';
import { FIBER_GRADES, type FiberGrade } from '../catalog/types.ts';
import { building, design, hall, linkGroup, switches } from '../testing/designBuilder.ts';
import { analyzeDesign } from './analyzeDesign.ts';

/** Every (optic, grade) the catalog specifies reach for but publishes no channel loss on. */
const unbudgeted: [string, FiberGrade][] = Object.entries(BUILTIN_CATALOG.optics).flatMap(([id, o]) =>
  o.medium === 'smf' || o.medium === 'mmf' ? FIBER_GRADES.filter((g) => o.reachM[g] !== undefined && o.maxChannelLossDb[g] === undefined).map((g): [string, FiberGrade] => [id, g]) : [],
);

const models = ['generic-25t6-64x400g-qsfpdd', 'generic-51t2-64x800g-osfp', 'sn5600', 'qm9700', 'sn4600c'];

describe('property: no link whose optic lacks a budget is ever ok', () => {
  it('holds for any length, plant and pair of switches', () => {
    expect(unbudgeted.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.constantFrom(...unbudgeted),
        fc.constantFrom(...models),
        fc.constantFrom(...models),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 4 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 64 }),
        ([optic, fiber], modelA, modelB, lengthM, connections, splices, connectorLossDb, count) => {
          const d = design(
            [building('b1'), hall('h1', 'b1'), switches('s1', 'h1', modelA, 'leaf', 1, { row: 0, slot: 0 }), switches('s2', 'h1', modelB, 'spine', 1, { row: 2, slot: 0 })],
            [linkGroup('l1', 's1', 's2', count, optic, { lengthM, fiber, connections, splices, connectorLossDb })],
          );
          const a = analyzeDesign(d);
          expect(a.linkById.get('l1')?.status).not.toBe('ok');
          expect(a.findings.some((f) => f.code === 'loss-unverified' && f.optic === optic)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
