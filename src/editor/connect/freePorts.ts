/**
 * How many links of an optic a node can still take: cages free on its busiest device (the engine's
 * own count, after twin-port packing) in the port group the optic lands on, times the links one
 * module carries, times the node's devices.
 */
import type { Analysis } from '../../domain/engine/analyzeDesign.ts';
import { fitEnd } from '../../domain/engine/endFit.ts';
import type { Site } from '../../domain/engine/placement.ts';
import type { NodeId } from '../../domain/model/design.ts';

/** Links of `optic` that node `nodeId` can still take over all its devices (0 when none fit). */
export function freeLinks(analysis: Analysis, nodeId: NodeId, site: Site, optic: string): number {
  if (!site.model) return 0;
  const fit = fitEnd(analysis.catalog, site.model, optic);
  if (!fit.ok) return 0;
  const free = Math.max(0, fit.portGroup.cages - analysis.cagesInUse(nodeId, fit.portGroupIndex));
  return free * fit.linksPerModule * Math.max(1, site.devices);
}

/**
 * The count a new link group defaults to: what both ends' free ports allow, rounded down to a
 * multiple that spreads evenly over both ends' devices when that leaves at least one such multiple;
 * at least 1, so the user can still type their own.
 */
export function defaultLinkCount(freeA: number, freeB: number, devicesA: number, devicesB: number): number {
  const most = Math.min(freeA, freeB);
  if (most <= 0) return 1;
  const step = lcm(Math.max(1, devicesA), Math.max(1, devicesB));
  const even = Math.floor(most / step) * step;
  return even > 0 ? even : most;
}

const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
const lcm = (x: number, y: number) => (x / gcd(x, y)) * y;
