/** The largest count of a link group that its devices' free ports can take, found by asking the engine. */
import { analyzeDesign } from '../../domain/engine/analyzeDesign.ts';
import { indexNodes, siteOf } from '../../domain/engine/placement.ts';
import type { Design, LinkId, NodeId } from '../../domain/model/design.ts';

/**
 * Fewer links never need more cages, so a binary search over the count finds the largest that
 * clears `nodeId`'s ports-exhausted finding; among counts up to it, one that spreads evenly over
 * both ends is preferred. Null when even one link does not fit (the other groups fill the ports).
 */
export function countThatFits(design: Design, linkId: LinkId, nodeId: NodeId): number | null {
  const link = design.links.find((l) => l.id === linkId);
  if (!link) return null;
  const fits = (count: number) => {
    const trial = { ...design, links: design.links.map((l) => (l.id === linkId ? { ...l, count } : l)) };
    return !analyzeDesign(trial).findings.some((f) => f.code === 'ports-exhausted' && f.nodeId === nodeId);
  };
  let low = 0;
  let high = link.count - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  if (low === 0 || !fits(low)) return null;
  return evenCountUpTo(design, link.a, link.b, low, link.opticB !== undefined) ?? low;
}

/** The largest count up to `max` that divides evenly over the devices at both ends (not for breakouts). */
function evenCountUpTo(design: Design, a: NodeId, b: NodeId, max: number, breakout: boolean): number | null {
  if (breakout) return null;
  const nodes = indexNodes(design);
  const devices = (id: NodeId) => {
    const node = nodes.get(id);
    const site = node?.kind === 'rack' || node?.kind === 'switch' ? siteOf(node, nodes) : null;
    return Math.max(1, site?.devices ?? 1);
  };
  const step = lcm(devices(a), devices(b));
  const even = Math.floor(max / step) * step;
  return even > 0 ? even : null;
}

const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
const lcm = (x: number, y: number) => (x / gcd(x, y)) * y;
