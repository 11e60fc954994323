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
    expect(cost.unpriced).toEqual(['lc-duplex-os2-5m', 'trunk-mpo-os2-96f-per-m', 'panel-port-lc']);
  });

  it('prices every plant line: cords per piece, trunks per metre, panel ports', () => {
    const cost = analyzeDesign({ ...base, prices: { 'lc-duplex-os2-5m': 12, 'trunk-mpo-os2-96f-per-m': 20, 'panel-port-lc': 8 } }).bom.cost!;
    // 32 FR4 links between rows 1 and 2: a 5 m cord at each end, one 96-fiber trunk (64 used + 20 % spares)
    // of 3 m across the floor + 2 x 3 m loops = 9 m, 32 LC ports on each row's panel
    expect(cost.lines).toEqual([
      { item: 'lc-duplex-os2-5m', count: 64, unitPrice: 12, extended: 768 },
      { item: 'trunk-mpo-os2-96f-per-m', count: 9, unitPrice: 20, extended: 180 },
      { item: 'panel-port-lc', count: 64, unitPrice: 8, extended: 512 },
    ]);
    expect(cost.unpriced).toEqual(['generic-25t6-64x400g-qsfpdd', 'qsfpdd-400g-fr4']);
  });
});
