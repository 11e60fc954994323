/** Capacity per switch (down, up, oversubscription), between halls and buildings, and between tiers. */
import type { LinkGroup, NodeId } from '../model/design.ts';
import type { Oversubscribed } from './findings.ts';
import type { LinkVerdict } from './linkVerdict.ts';
import type { Site } from './placement.ts';
import { roleOf, tierRank, upperEnd, type TierRole } from './tiers.ts';

export interface SwitchLoad {
  readonly nodeId: NodeId;
  readonly devices: number;
  /** Per device of the group. */
  readonly downGbps: number;
  readonly upGbps: number;
  /** down / up, or null for a switch with no uplinks. */
  readonly ratio: number | null;
}

export interface Crossing {
  readonly a: NodeId;
  readonly b: NodeId;
  readonly links: number;
  readonly cables: number;
  readonly capacityGbps: number;
  readonly strands: number;
  readonly pairs: number;
}

export interface TierLinks {
  /** The lower tier of the pair. */
  readonly lower: TierRole;
  readonly upper: TierRole;
  readonly links: number;
  readonly capacityGbps: number;
}

export interface Bandwidth {
  readonly switches: readonly SwitchLoad[];
  readonly halls: readonly Crossing[];
  readonly buildings: readonly Crossing[];
  readonly tiers: readonly TierLinks[];
  readonly findings: readonly Oversubscribed[];
}

export function bandwidth(
  links: readonly LinkGroup[],
  verdicts: ReadonlyMap<string, LinkVerdict>,
  sites: ReadonlyMap<NodeId, Site>,
  targetOversubscription: number,
): Bandwidth {
  const down = new Map<NodeId, number>();
  const up = new Map<NodeId, number>();
  const halls = new Map<string, Crossing>();
  const buildings = new Map<string, Crossing>();
  const tiers = new Map<string, TierLinks>();
  const add = (m: Map<NodeId, number>, id: NodeId, gbps: number) => m.set(id, (m.get(id) ?? 0) + gbps);

  for (const link of links) {
    const v = verdicts.get(link.id);
    const a = sites.get(link.a);
    const b = sites.get(link.b);
    if (!v || !a || !b) continue;
    const upper = upperEnd(link, a, b);
    if (upper) {
      const [hi, lo] = upper === 'a' ? [a, b] : [b, a];
      add(down, hi.node.id, v.capacityGbps);
      add(up, lo.node.id, v.capacityGbps);
    }
    if (a.hallId !== b.hallId) addCrossing(halls, a.hallId, b.hallId, link, v);
    if (a.buildingId !== b.buildingId) addCrossing(buildings, a.buildingId, b.buildingId, link, v);
    const [lower, higher] = [roleOf(a), roleOf(b)].sort((x, y) => tierRank(x) - tierRank(y)) as [TierRole, TierRole];
    const key = `${lower}\u0000${higher}`;
    const t = tiers.get(key) ?? { lower, upper: higher, links: 0, capacityGbps: 0 };
    tiers.set(key, { ...t, links: t.links + link.count, capacityGbps: t.capacityGbps + v.capacityGbps });
  }

  const switches: SwitchLoad[] = [];
  const findings: Oversubscribed[] = [];
  for (const site of sites.values()) {
    if (site.node.kind !== 'switch') continue;
    const devices = Math.max(1, site.devices);
    const downGbps = (down.get(site.node.id) ?? 0) / devices;
    const upGbps = (up.get(site.node.id) ?? 0) / devices;
    const ratio = upGbps > 0 ? downGbps / upGbps : null;
    switches.push({ nodeId: site.node.id, devices, downGbps, upGbps, ratio });
    if (ratio !== null && ratio > targetOversubscription * (1 + 1e-9)) {
      findings.push({
        code: 'oversubscribed',
        severity: 'warning',
        nodeId: site.node.id,
        downGbps,
        upGbps,
        ratio: Math.round(ratio * 100) / 100,
        target: targetOversubscription,
      });
    }
  }
  return {
    switches,
    halls: [...halls.values()],
    buildings: [...buildings.values()],
    tiers: [...tiers.values()].sort((x, y) => tierRank(x.lower) - tierRank(y.lower) || tierRank(x.upper) - tierRank(y.upper)),
    findings,
  };
}

function addCrossing(into: Map<string, Crossing>, x: NodeId, y: NodeId, link: LinkGroup, v: LinkVerdict): void {
  const [a, b] = x < y ? [x, y] : [y, x];
  const key = `${a}\u0000${b}`;
  const c = into.get(key) ?? { a, b, links: 0, cables: 0, capacityGbps: 0, strands: 0, pairs: 0 };
  into.set(key, {
    a,
    b,
    links: c.links + link.count,
    cables: c.cables + v.cables,
    capacityGbps: c.capacityGbps + v.capacityGbps,
    strands: c.strands + v.strands,
    pairs: c.pairs + v.strands / 2,
  });
}
