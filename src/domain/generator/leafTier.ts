/** The leaf tier of one scalable unit: servers, leaves, and each leaf's down and up links. */
import { gcd, lcm, smallestDivisorAtLeast } from './divisors.ts';
import { SUPERPOD_SU_SERVERS, type ResolvedParams } from './params.ts';

export interface LeafTier {
  readonly serversPerSu: number;
  readonly leavesPerSu: number;
  /** Rail-optimized: leaves that share one rail of an SU (1 unless the SU outgrows a leaf). */
  readonly leavesPerRail: number;
  readonly downlinksPerLeaf: number;
  readonly uplinksPerLeaf: number;
}

export type LeafTierResult = ({ readonly ok: true } & LeafTier) | { readonly ok: false; readonly problem: string };

/**
 * Leaf ports less the reserved ones split down:up = R:1; uplinks = ceil(downlinks / R). Rail-optimized:
 * one leaf per rail and one down port per server, so the default SU is as many servers as a leaf has
 * down ports (the leaf radix decides, as in NVIDIA's SuperPODs: 32 on QM9700, 72 on Q3400); a larger
 * SU (a rack type's 8 racks) spreads each rail over the fewest leaves that divide it evenly.
 * Leaf-spine: a server's ports spread over its SU's leaves.
 */
export function sizeLeafTier(p: ResolvedParams, rails: number, leafPorts: number): LeafTierResult {
  const usable = leafPorts - p.reservedLeafPorts;
  const downCap = Math.floor((usable * p.oversubscription) / (p.oversubscription + 1));
  if (usable < 2 || downCap < 1) {
    return { ok: false, problem: `${p.reservedLeafPorts} reserved ports leave no room for down and up links on a ${leafPorts}-port ${p.switchModel} leaf.` };
  }
  let serversPerSu: number;
  let leavesPerSu: number;
  let leavesPerRail = 1;
  let downlinksPerLeaf: number;
  if (p.template === 'rail-optimized') {
    serversPerSu = p.suServers ?? downCap;
    // a divisor always exists: the SU itself (one server per leaf)
    leavesPerRail = smallestDivisorAtLeast(serversPerSu, serversPerSu / downCap)!;
    leavesPerSu = rails * leavesPerRail;
    downlinksPerLeaf = serversPerSu / leavesPerRail;
  } else {
    serversPerSu = p.suServers ?? spreadSuServers(downCap, rails, p.serversPerRack);
    const ports = serversPerSu * rails;
    // the SU's ports must divide evenly over its leaves, so round the leaf count up to a divisor
    leavesPerSu = smallestDivisorAtLeast(ports, ports / downCap) ?? ports;
    downlinksPerLeaf = ports / leavesPerSu;
  }
  const uplinksPerLeaf = Math.ceil(downlinksPerLeaf / p.oversubscription);
  return { ok: true, serversPerSu, leavesPerSu, leavesPerRail, downlinksPerLeaf, uplinksPerLeaf };
}

/**
 * Default leaf-spine SU: whole racks whose ports fill whole leaves exactly, as many as fit in
 * a SuperPOD-sized unit (at least one such block).
 */
function spreadSuServers(downCap: number, rails: number, serversPerRack: number): number {
  const block = lcm(downCap / gcd(downCap, rails), serversPerRack);
  return Math.max(block, Math.floor(SUPERPOD_SU_SERVERS / block) * block);
}
