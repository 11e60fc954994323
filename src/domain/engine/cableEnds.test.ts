import { describe, expect, it } from 'vitest';
import { cordLegs, farDevice, legsInUse, nearDevice } from './cableEnds.ts';
import { blockShare, roundRobinShare } from './spread.ts';

/** Links each device takes when every leg of every cable of a group lands where cableEnds says. */
function landed(links: number, fanout: number, devicesA: number, devicesB: number) {
  const cables = Math.ceil(links / fanout);
  const atA = new Array<number>(devicesA).fill(0);
  const atB = new Array<number>(devicesB).fill(0);
  for (let p = 0; p < cables; p++) {
    atA[nearDevice(p, cables, devicesA)]! += 1;
    for (let j = 0; j < legsInUse(p, fanout, links); j++) atB[farDevice(p, j, fanout, devicesB)]! += 1;
  }
  return { cables, atA, atB };
}

describe('where a group lands its cables', () => {
  it('puts on each device the links the port check counts there, breakouts and partial harnesses included', () => {
    for (const [links, fanout, devicesA, devicesB] of [[32, 4, 1, 8], [30, 4, 3, 8], [7, 2, 1, 4], [512, 1, 64, 8], [126, 4, 2, 32]] as const) {
      const { cables, atA, atB } = landed(links, fanout, devicesA, devicesB);
      expect(atA).toEqual(atA.map((_, d) => blockShare(cables, devicesA, d)));
      expect(atB).toEqual(atB.map((_, d) => roundRobinShare(links, devicesB, d)));
    }
  });

  it("gives each cord of a twin-port breakout its own module port's leg; the second cord of a lone last leg carries none", () => {
    expect([1, 2].map((cord) => cordLegs(2, 2, cord, 2))).toEqual([{ first: 0, end: 1, own: true }, { first: 1, end: 2, own: true }]);
    expect([1, 2].map((cord) => cordLegs(1, 2, cord, 2))).toEqual([{ first: 0, end: 1, own: true }, { first: 0, end: 1, own: false }]);
    // a single-cord harness carries all its legs, and both cords of a twin-port link without a breakout carry the link
    expect(cordLegs(3, 4, 1, 1)).toEqual({ first: 0, end: 3, own: true });
    expect([1, 2].map((cord) => cordLegs(1, 1, cord, 2))).toEqual([{ first: 0, end: 1, own: true }, { first: 0, end: 1, own: true }]);
  });
});
