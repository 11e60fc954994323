/** Spines and cores above full SUs: pods of SUs, each a two-tier Clos, joined by cores in three tiers. */
import { smallestDivisorAtLeast } from './divisors.ts';
import type { LeafTier } from './leafTier.ts';

export interface UpperTiers {
  readonly tiers: 2 | 3;
  readonly susPerPod: number;
  readonly pods: number;
  readonly spinesPerPod: number;
  /** Per spine. */
  readonly spineDownlinks: number;
  readonly spineUplinks: number;
  readonly cores: number;
  /** Per core. */
  readonly coreDownlinks: number;
}

export type UpperTiersResult = ({ readonly ok: true } & UpperTiers) | { readonly ok: false; readonly problem: string };

interface Switches {
  readonly spineModel: string;
  readonly spinePorts: number;
  readonly coreModel: string;
  readonly corePorts: number;
}

/**
 * Spines of a pod: every leaf has the same links to every spine, so the count is rounded up to a
 * divisor of the leaf's uplinks; null when even one link per spine would overload the spines.
 */
function podSpines(leaves: number, leaf: LeafTier, spineDownPorts: number): number | null {
  return smallestDivisorAtLeast(leaf.uplinksPerLeaf, (leaves * leaf.uplinksPerLeaf) / spineDownPorts);
}

/** Two tiers: one pod of all SUs; spines use every port downwards. */
export function sizeTwoTier(sus: number, leaf: LeafTier, sw: Switches): UpperTiersResult {
  const leaves = sus * leaf.leavesPerSu;
  const spines = podSpines(leaves, leaf, sw.spinePorts);
  if (spines === null) {
    const needed = Math.ceil((leaves * leaf.uplinksPerLeaf) / sw.spinePorts);
    return {
      ok: false,
      problem:
        `${leaves} leaves with ${leaf.uplinksPerLeaf} uplinks each need at least ${needed} ${sw.spineModel} spines, ` +
        `but a leaf can reach only ${leaf.uplinksPerLeaf}: too large for 2 tiers, use 3 tiers.`,
    };
  }
  const spineDownlinks = (leaves * leaf.uplinksPerLeaf) / spines;
  return { ok: true, tiers: 2, susPerPod: sus, pods: 1, spinesPerPod: spines, spineDownlinks, spineUplinks: 0, cores: 0, coreDownlinks: 0 };
}

/**
 * Three tiers: spines split their ports half down, half up (1:1). Pods are as few as the spines allow
 * (at least `minPods`, one per hall), then balanced; like SUs, they are sized full even when the last
 * is not. Cores = spine uplinks / core ports, rounded up to a divisor of a pod's uplinks so that every
 * core has the same links to every pod.
 */
export function sizeThreeTier(sus: number, leaf: LeafTier, sw: Switches, minPods: number): UpperTiersResult {
  const spineDownPorts = Math.floor(sw.spinePorts / 2);
  let pods = 0;
  for (let largest = sus; largest >= 1 && pods === 0; largest--) {
    const candidate = Math.ceil(sus / largest);
    if (candidate >= minPods && podSpines(largest * leaf.leavesPerSu, leaf, spineDownPorts) !== null) pods = candidate;
  }
  if (pods === 0) {
    return {
      ok: false,
      problem:
        `An SU's ${leaf.leavesPerSu} leaves with ${leaf.uplinksPerLeaf} uplinks each do not fit under ${sw.spineModel} spines ` +
        `with ${spineDownPorts} down ports${minPods > 1 ? ` in ${minPods} pods (one per hall)` : ''}.`,
    };
  }
  const susPerPod = Math.ceil(sus / pods);
  const podLeaves = susPerPod * leaf.leavesPerSu;
  // fits: a balanced pod has no more SUs than the largest pod that fitted
  const spinesPerPod = podSpines(podLeaves, leaf, spineDownPorts)!;
  const podUplinks = podLeaves * leaf.uplinksPerLeaf;
  const spineLinks = podUplinks / spinesPerPod;
  const cores = smallestDivisorAtLeast(podUplinks, (pods * podUplinks) / sw.corePorts);
  if (cores === null) {
    return {
      ok: false,
      problem: `${pods} pods of ${susPerPod} SUs are more than a ${sw.corePorts}-port ${sw.coreModel} core can join: too large for 3 tiers of these switches.`,
    };
  }
  return {
    ok: true,
    tiers: 3,
    susPerPod,
    pods,
    spinesPerPod,
    spineDownlinks: spineLinks,
    spineUplinks: spineLinks,
    cores,
    coreDownlinks: (pods * podUplinks) / cores,
  };
}

/** The tier count asked for, or two tiers when they fit and three otherwise. */
export function sizeUpperTiers(tiers: 2 | 3 | undefined, sus: number, leaf: LeafTier, sw: Switches, halls: number): UpperTiersResult {
  if (tiers === 3) return sizeThreeTier(sus, leaf, sw, halls);
  const two = sizeTwoTier(sus, leaf, sw);
  return two.ok || tiers === 2 ? two : sizeThreeTier(sus, leaf, sw, halls);
}
