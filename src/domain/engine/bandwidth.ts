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

/** What one link group adds to the capacity totals: computed once per verdict, summed per analysis. */
export interface BandwidthPart {
  /** The ends facing the higher and the lower tier, or null for peers. */
  readonly hi: NodeId | null;
  readonly lo: NodeId | null;
  readonly capacityGbps: number;
  readonly hall: KeyedCrossing | null;
  readonly building: KeyedCrossing | null;
  readonly tierKey: string;
  readonly tier: TierLinks;
}

export function bandwidthPart(link: LinkGroup, v: LinkVerdict, a: Site, b: Site): BandwidthPart {
  const upper = upperEnd(link, a, b);
  const [hi, lo] = upper === 'a' ? [a, b] : upper === 'b' ? [b, a] : [null, null];
  const [lower, higher] = [roleOf(a), roleOf(b)].sort((x, y) => tierRank(x) - tierRank(y)) as [TierRole, TierRole];
  return {
    hi: hi?.node.id ?? null,
    lo: lo?.node.id ?? null,
    capacityGbps: v.capacityGbps,
    hall: a.hallId !== b.hallId ? crossing(a.hallId, b.hallId, link, v) : null,
    building: a.buildingId !== b.buildingId ? crossing(a.buildingId, b.buildingId, link, v) : null,
    tierKey: `${lower}\u0000${higher}`,
    tier: { lower, upper: higher, links: link.count, capacityGbps: v.capacityGbps },
  };
}

interface KeyedCrossing {
  readonly key: string;
  readonly crossing: Crossing;
}

/** Sums the parts of every link group (in design order) into capacity per switch, between places and between tiers. */
export function bandwidth(parts: readonly BandwidthPart[], sites: ReadonlyMap<NodeId, Site>, targetOversubscription: number): Bandwidth {
  const down = new Map<NodeId, number>();
  const up = new Map<NodeId, number>();
  const halls = new Map<string, Mutable<Crossing>>();
  const buildings = new Map<string, Mutable<Crossing>>();
  const tiers = new Map<string, Mutable<TierLinks>>();
  for (const part of parts) {
    if (part.hi !== null && part.lo !== null) {
      down.set(part.hi, (down.get(part.hi) ?? 0) + part.capacityGbps);
      up.set(part.lo, (up.get(part.lo) ?? 0) + part.capacityGbps);
    }
    if (part.hall) addCrossing(halls, part.hall);
    if (part.building) addCrossing(buildings, part.building);
    const t = tiers.get(part.tierKey);
    if (t) {
      t.links += part.tier.links;
      t.capacityGbps += part.tier.capacityGbps;
    } else tiers.set(part.tierKey, { ...part.tier });
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

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** One group's crossing between two places, keyed by the pair in id order. */
function crossing(x: NodeId, y: NodeId, link: LinkGroup, v: LinkVerdict): KeyedCrossing {
  const [a, b] = x < y ? [x, y] : [y, x];
  return { key: `${a}\u0000${b}`, crossing: { a, b, links: link.count, cables: v.cables, capacityGbps: v.capacityGbps, strands: v.strands, pairs: v.strands / 2 } };
}

function addCrossing(into: Map<string, Mutable<Crossing>>, { key, crossing: part }: KeyedCrossing): void {
  const c = into.get(key);
  if (!c) return void into.set(key, { ...part });
  c.links += part.links;
  c.cables += part.cables;
  c.capacityGbps += part.capacityGbps;
  c.strands += part.strands;
  c.pairs += part.pairs;
}
