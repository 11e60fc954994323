/** Expands a link group to its physical cables and measures each one's run. */
import type { LinkGroup, Settings } from '../model/design.ts';
import { cableRun, type CableRun } from './cableLength.ts';
import { cordLegs, farDevice, legsInUse, nearDevice } from './cableEnds.ts';
import { rackMemberOf, type NodeIndex, type Site } from './placement.ts';

/** A group's cables, as the BOM counts them. */
export interface GroupShape {
  readonly cables: number;
  /** Child links per cable: the breakout's fanout, else 1. */
  readonly fanout: number;
  /** Cords per cable (two for a twin-port 2xDR4 module's two MPO sockets). */
  readonly cords: number;
}

/** What takes one run: cables (by their first cord), cords, and the breakout legs those cords carry. */
export interface RunShare {
  readonly cables: number;
  readonly cords: number;
  readonly legs: number;
}

export interface GroupRuns {
  /** The longest run: the one the verdict is about. */
  readonly longest: CableRun;
  readonly shortestM: number;
  /** Cables by the channel length of their first cord. */
  readonly byLengthM: ReadonlyMap<number, number>;
  /** Each distinct run (one per pair of racks) with what takes it: what the plant BOM counts. */
  readonly runCounts: ReadonlyMap<CableRun, RunShare>;
}

/**
 * The run of one cable of a group between rack `ma` of site A and rack `mb` of site B, over the
 * group's channel; `direct` for DAC, ACC and AOC assemblies, which are one cable end to end.
 */
export function groupCableRun(link: LinkGroup, a: Site, ma: number, b: Site, mb: number, settings: Settings, nodes: NodeIndex, direct = false): CableRun {
  const options = { template: link.channel, direct, overrideM: link.lengthM };
  return cableRun({ site: a, rackMember: ma }, { site: b, rackMember: mb }, settings, nodes, options);
}

/**
 * Runs of every cord of a group, each measured to the device of its first leg (cableEnds.ts, as the
 * cable schedule lays it). Cords are counted per pair of racks (what length depends on) and each pair
 * is measured once; A's rack only grows with the cable number, so each A rack's cables are one block,
 * and pairs come out in the order of their first cord.
 */
export function measureGroup(link: LinkGroup, shape: GroupShape, a: Site, b: Site, settings: Settings, nodes: NodeIndex, direct = false): GroupRuns {
  const { cables, fanout, cords } = shape;
  const byLengthM = new Map<number, number>();
  const runCounts = new Map<CableRun, RunShare>();
  let longest: CableRun | null = null;
  let shortestM = Infinity;
  const devicesA = Math.max(1, a.devices);
  const devicesB = Math.max(1, b.devices);
  // per rack of B: cables, cords, legs
  const perRackB = new Int32Array(3 * Math.max(1, b.racks));
  const racksB: number[] = [];
  for (let p = 0; p < cables; ) {
    const ma = rackMemberOf(a, nearDevice(p, cables, devicesA));
    for (; p < cables && rackMemberOf(a, nearDevice(p, cables, devicesA)) === ma; p++) {
      const legs = legsInUse(p, fanout, link.count);
      for (let cord = 1; cord <= cords; cord++) {
        const carried = cordLegs(legs, fanout, cord, cords);
        const mb = 3 * rackMemberOf(b, farDevice(p, carried.first, fanout, devicesB));
        if (perRackB[mb + 1]!++ === 0) racksB.push(mb);
        if (cord === 1) perRackB[mb]!++;
        if (carried.own) perRackB[mb + 2]! += carried.end - carried.first;
      }
    }
    for (const mb of racksB) {
      const share = { cables: perRackB[mb]!, cords: perRackB[mb + 1]!, legs: perRackB[mb + 2]! };
      perRackB.fill(0, mb, mb + 3);
      const run = groupCableRun(link, a, ma, b, mb / 3, settings, nodes, direct);
      if (share.cables > 0) byLengthM.set(run.lengthM, (byLengthM.get(run.lengthM) ?? 0) + share.cables);
      const had = runCounts.get(run);
      runCounts.set(run, had ? { cables: had.cables + share.cables, cords: had.cords + share.cords, legs: had.legs + share.legs } : share);
      if (!longest || run.lengthM > longest.lengthM) longest = run;
      if (run.lengthM < shortestM) shortestM = run.lengthM;
    }
    racksB.length = 0;
  }
  if (!longest) {
    longest = groupCableRun(link, a, 0, b, 0, settings, nodes, direct);
    shortestM = longest.lengthM;
  }
  return { longest, shortestM, byLengthM, runCounts };
}
