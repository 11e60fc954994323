import { describe, expect, it } from 'vitest';
import { building, design, hall, linkGroup, switches } from '../testing/designBuilder.ts';
import { analyzeDesign } from './analyzeDesign.ts';

const base = design(
  [building('b'), hall('h', 'b'), switches('x', 'h', 'generic-25t6-64x400g-qsfpdd', 'leaf', 2, { row: 0, slot: 0 }), switches('y', 'h', 'generic-25t6-64x400g-qsfpdd', 'spine', 1, { row: 1, slot: 0 })],
  [linkGroup('l', 'x', 'y', 32, '400g-fr4')],
);

describe('cost', () => {
  it('is absent until the user gives prices', () => {
    expect(analyzeDesign(base).bom.cost).toBeNull();
  });

  it('extends unit prices by BOM counts and lists what has no price', () => {
    const cost = analyzeDesign({ ...base, prices: { 'qsfpdd-400g-fr4': 450, 'generic-25t6-64x400g-qsfpdd': 30000 } }).bom.cost!;
    expect(cost.lines).toEqual(
      expect.arrayContaining([
        { item: 'generic-25t6-64x400g-qsfpdd', count: 3, unitPrice: 30000, extended: 90000 },
        { item: 'qsfpdd-400g-fr4', count: 64, unitPrice: 450, extended: 28800 },
      ]),
    );
    expect(cost.total).toBe(118800);
    expect(cost.unpriced).toEqual([]);
  });
});
