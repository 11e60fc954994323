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

/** Runs of every cable of a group; runs are cached per pair of racks, which is what length depends on. */
export function measureGroup(link: LinkGroup, cables: number, a: Site, b: Site, settings: Settings, nodes: NodeIndex, direct = false): GroupRuns {
  const byPair = new Map<number, CableRun>();
  const byLengthM = new Map<number, number>();
  const runCounts = new Map<CableRun, number>();
  let longest: CableRun | null = null;
  let shortestM = Infinity;
  const devicesA = Math.max(1, a.devices);
  const devicesB = Math.max(1, b.devices);
  for (let p = 0; p < cables; p++) {
    const [da, db] = endDevices(p, cables, devicesA, devicesB);
    const ma = rackMemberOf(a, da);
    const mb = rackMemberOf(b, db);
    const key = ma * 1_000_003 + mb;
    let run = byPair.get(key);
    if (!run) {
      run = groupCableRun(link, a, ma, b, mb, settings, nodes, direct);
      byPair.set(key, run);
    }
    byLengthM.set(run.lengthM, (byLengthM.get(run.lengthM) ?? 0) + 1);
    runCounts.set(run, (runCounts.get(run) ?? 0) + 1);
    if (!longest || run.lengthM > longest.lengthM) longest = run;
    if (run.lengthM < shortestM) shortestM = run.lengthM;
  }
  if (!longest) {
    longest = groupCableRun(link, a, 0, b, 0, settings, nodes, direct);
    shortestM = longest.lengthM;
  }
  return { longest, shortestM, byLengthM, runCounts };
}
