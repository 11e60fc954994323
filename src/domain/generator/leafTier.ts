/** The leaf tier of one scalable unit: servers, leaves, and each leaf's down and up links. */
import { gcd, lcm, smallestDivisorAtLeast } from './divisors.ts';
import { RAIL_SU_SERVERS, type ResolvedParams } from './params.ts';

export interface LeafTier {
  readonly serversPerSu: number;
  readonly leavesPerSu: number;
  readonly downlinksPerLeaf: number;
  readonly uplinksPerLeaf: number;
}

export type LeafTierResult = ({ readonly ok: true } & LeafTier) | { readonly ok: false; readonly problem: string };

/**
 * Leaf ports less the reserved ones split down:up = R:1; uplinks = ceil(downlinks / R). Rail-optimized:
 * one leaf per rail, one down port per server. Leaf-spine: a server's ports spread over its SU's leaves.
 */
export function sizeLeafTier(p: ResolvedParams, rails: number, leafPorts: number): LeafTierResult {
  const usable = leafPorts - p.reservedLeafPorts;
  const downCap = Math.floor((usable * p.oversubscription) / (p.oversubscription + 1));
  if (usable < 2 || downCap < 1) {
    return { ok: false, problem: `${p.reservedLeafPorts} reserved ports leave no room for down and up links on a ${leafPorts}-port ${p.switchModel} leaf.` };
  }
  const ratio = `${p.oversubscription}:1`;
  let serversPerSu: number;
  let leavesPerSu: number;
  let downlinksPerLeaf: number;
  if (p.template === 'rail-optimized') {
    serversPerSu = p.suServers ?? RAIL_SU_SERVERS;
    if (serversPerSu > downCap) {
      return {
        ok: false,
        problem:
          `A rail-optimized SU of ${serversPerSu} servers needs ${serversPerSu} down ports on each leaf, but a ${p.switchModel} leaf ` +
          `has ${downCap} at ${ratio} with ${p.reservedLeafPorts} reserved: use suServers of at most ${downCap}.`,
      };
    }
    leavesPerSu = rails;
    downlinksPerLeaf = serversPerSu;
  } else {
    serversPerSu = p.suServers ?? spreadSuServers(downCap, rails, p.serversPerRack);
    const ports = serversPerSu * rails;
    // the SU's ports must divide evenly over its leaves, so round the leaf count up to a divisor
    leavesPerSu = smallestDivisorAtLeast(ports, ports / downCap) ?? ports;
    downlinksPerLeaf = ports / leavesPerSu;
  }
  return { ok: true, serversPerSu, leavesPerSu, downlinksPerLeaf, uplinksPerLeaf: Math.ceil(downlinksPerLeaf / p.oversubscription) };
}

/**
 * Default leaf-spine SU: whole racks whose ports fill whole leaves exactly, as many as fit in
 * a SuperPOD-sized unit (at least one such block).
 */
function spreadSuServers(downCap: number, rails: number, serversPerRack: number): number {
  const block = lcm(downCap / gcd(downCap, rails), serversPerRack);
  return Math.max(block, Math.floor(RAIL_SU_SERVERS / block) * block);
}
