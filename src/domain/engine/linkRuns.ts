/** Expands a link group to its physical cables and measures each one's run. */
import type { LinkGroup, Settings } from '../model/design.ts';
import { cableRun, type CableRun } from './cableLength.ts';
import { rackMemberOf, type NodeIndex, type Site } from './placement.ts';

export interface GroupRuns {
  /** The longest run: the one the verdict is about. */
  readonly longest: CableRun;
  readonly shortestM: number;
  /** Cables by channel length. */
  readonly byLengthM: ReadonlyMap<number, number>;
  /** Each distinct run (one per pair of racks) with the cables that take it: what the plant BOM counts. */
  readonly runCounts: ReadonlyMap<CableRun, number>;
  /** The run of the group's last cable: the one whose breakout harness may use fewer legs than its fanout. */
  readonly lastCableRun: CableRun;
}

/**
 * Cable `p` of `cables` joins A device floor(p * devicesA / cables) (contiguous blocks) with
 * B device p mod devicesB (round robin): the even spread that puts NIC i of every server on leaf i.
 */
export function endDevices(p: number, cables: number, devicesA: number, devicesB: number): [number, number] {
  return [Math.floor((p * devicesA) / cables), p % devicesB];
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
 * Runs of every cable of a group. Cables are counted per pair of racks (what length depends on) and
 * each pair is measured once; A's rack only grows with the cable number, so each A rack's cables
 * are one block, and pairs come out in the order of their first cable.
 */
export function measureGroup(link: LinkGroup, cables: number, a: Site, b: Site, settings: Settings, nodes: NodeIndex, direct = false): GroupRuns {
  const byLengthM = new Map<number, number>();
  const runCounts = new Map<CableRun, number>();
  let longest: CableRun | null = null;
  let lastCableRun: CableRun | null = null;
  let shortestM = Infinity;
  const devicesA = Math.max(1, a.devices);
  const devicesB = Math.max(1, b.devices);
  const perRackB = new Int32Array(Math.max(1, b.racks));
  const racksB: number[] = [];
  const lastRackB = rackMemberOf(b, Math.max(0, cables - 1) % devicesB);
  for (let p = 0; p < cables; ) {
    const ma = rackMemberOf(a, Math.floor((p * devicesA) / cables));
    for (; p < cables && rackMemberOf(a, Math.floor((p * devicesA) / cables)) === ma; p++) {
      const mb = rackMemberOf(b, p % devicesB);
      if (perRackB[mb]!++ === 0) racksB.push(mb);
    }
    for (const mb of racksB) {
      const n = perRackB[mb]!;
      perRackB[mb] = 0;
      const run = groupCableRun(link, a, ma, b, mb, settings, nodes, direct);
      byLengthM.set(run.lengthM, (byLengthM.get(run.lengthM) ?? 0) + n);
      runCounts.set(run, (runCounts.get(run) ?? 0) + n);
      if (p === cables && mb === lastRackB) lastCableRun = run;
      if (!longest || run.lengthM > longest.lengthM) longest = run;
      if (run.lengthM < shortestM) shortestM = run.lengthM;
    }
    racksB.length = 0;
  }
  if (!longest) {
    longest = groupCableRun(link, a, 0, b, 0, settings, nodes, direct);
    shortestM = longest.lengthM;
  }
  return { longest, shortestM, byLengthM, runCounts, lastCableRun: lastCableRun ?? longest };
}
