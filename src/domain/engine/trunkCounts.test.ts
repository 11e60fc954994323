import { describe, expect, it } from 'vitest';
import { sizeTrunks } from './trunkCounts.ts';

describe('sizeTrunks', () => {
  it.each([
    [64, 20, [{ fibers: 96, count: 1 }]], // 76.8 -> 77 fibers: a 96
    [128, 20, [{ fibers: 288, count: 1 }]], // 153.6 -> 154: more than 144
    [120, 20, [{ fibers: 144, count: 1 }]], // exactly 144
    [768, 20, [{ fibers: 864, count: 1 }, { fibers: 72, count: 1 }]], // 922 = 864 + 58
    [1728, 0, [{ fibers: 864, count: 2 }]],
    [8, 0, [{ fibers: 12, count: 1 }]],
  ])('%s used fibers with %s %% spares', (used, spare, expected) => {
    expect(sizeTrunks(used, spare)).toEqual(expected);
  });
});
