/** Capacity per switch (down, up, oversubscription), between halls and buildings, and between tiers. */
import type { LinkGroup, NodeId } from '../model/design.ts';
import type { Oversubscribed } from './findings.ts';
import type { LinkVerdict } from './linkVerdict.ts';
import type { Site } from './placement.ts';
import { Tally } from './tally.ts';
import { isManagementRole, roleOf, tierRank, upperEnd, type TierRole } from './tiers.ts';

export interface SwitchLoad {
  readonly nodeId: NodeId;
  readonly devices: number;
  /** Per device of the group: server-facing (compute) downlinks and uplinks. */
  readonly downGbps: number;
  readonly upGbps: number;
  /** Per device: links to appliances (UFM) and management switches, neither down nor up. */
  readonly managementGbps: number;
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
  /** The ends facing the higher and the lower tier, or null for peers and management links. */
  readonly hi: NodeId | null;
  readonly lo: NodeId | null;
  /** Both ends of a management link (one end an appliance or a management switch), else null. */
  readonly managementEnds: readonly [NodeId, NodeId] | null;
  readonly capacityGbps: number;
  readonly hall: KeyedCrossing | null;
  readonly building: KeyedCrossing | null;
  readonly tierKey: string;
  readonly tier: TierLinks;
}

export function bandwidthPart(link: LinkGroup, v: LinkVerdict, a: Site, b: Site): BandwidthPart {
  const management = isManagementRole(roleOf(a)) || isManagementRole(roleOf(b));
  const upper = management ? null : upperEnd(link, a, b);
  const [hi, lo] = upper === 'a' ? [a, b] : upper === 'b' ? [b, a] : [null, null];
  const [lower, higher] = [roleOf(a), roleOf(b)].sort((x, y) => tierRank(x) - tierRank(y)) as [TierRole, TierRole];
  return {
    hi: hi?.node.id ?? null,
    lo: lo?.node.id ?? null,
    managementEnds: management ? [a.node.id, b.node.id] : null,
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

/** One switch's capacity per device, and its oversubscription finding when over the target. */
interface SwitchShare {
  readonly site: Site;
  readonly load: SwitchLoad;
  readonly finding: Oversubscribed | null;
}

const CROSSING_SUMS = ['links', 'cables', 'capacityGbps', 'strands'] as const;

/**
 * Capacity totals as running sums (integers, see Tally): an analysis adds the parts of the groups
 * an edit brought and takes back those it removed, then reads the totals; only the switches whose
 * sums moved are divided again.
 */
export class BandwidthTotals {
  private readonly down = new Map<NodeId, number>();
  private readonly up = new Map<NodeId, number>();
  private readonly management = new Map<NodeId, number>();
  private readonly halls = new Tally<Crossing>(CROSSING_SUMS);
  private readonly buildings = new Tally<Crossing>(CROSSING_SUMS);
  private readonly tiers = new Tally<TierLinks>(['links', 'capacityGbps'], [], (x, y) => tierRank(x.lower) - tierRank(y.lower) || tierRank(x.upper) - tierRank(y.upper));
  /** Switches whose sums moved since the last read. */
  private readonly moved = new Set<NodeId>();
  private integerSums = true;
  private last: { readonly sites: ReadonlyMap<NodeId, Site>; readonly target: number; readonly shares: readonly (SwitchShare | null)[]; readonly bandwidth: Bandwidth } | null = null;

  add(part: BandwidthPart, sign: 1 | -1): void {
    if (part.hi !== null && part.lo !== null) {
      this.addTo(this.down, part.hi, sign * part.capacityGbps);
      this.addTo(this.up, part.lo, sign * part.capacityGbps);
    }
    if (part.managementEnds) for (const end of new Set(part.managementEnds)) this.addTo(this.management, end, sign * part.capacityGbps);
    if (part.hall) this.halls.add(part.hall.key, part.hall.crossing, sign);
    if (part.building) this.buildings.add(part.building.key, part.building.crossing, sign);
    this.tiers.add(part.tierKey, part.tier, sign);
  }

  get exact(): boolean {
    return this.integerSums && this.halls.exact && this.buildings.exact && this.tiers.exact;
  }

  /**
   * The totals: the switches in design order (divided again only where their sums moved, or all
   * when the nodes changed: `order` is each site's place in `sites`), the crossings and the tiers.
   */
  read(sites: ReadonlyMap<NodeId, Site>, order: ReadonlyMap<NodeId, number>, targetOversubscription: number): Bandwidth {
    const last = this.last?.sites === sites && this.last.target === targetOversubscription ? this.last : null;
    let shares: readonly (SwitchShare | null)[];
    let findingsMoved = true;
    if (!last) shares = [...sites.values()].map((site) => this.share(site, targetOversubscription));
    else {
      const patched = last.shares.slice();
      findingsMoved = false;
      for (const nodeId of this.moved) {
        const i = order.get(nodeId);
        const old = i === undefined ? null : patched[i];
        if (!old) continue;
        const share = this.share(old.site, targetOversubscription)!;
        patched[i!] = share;
        findingsMoved ||= share.finding !== null || old.finding !== null;
      }
      shares = patched;
    }
    this.moved.clear();
    const bandwidth: Bandwidth = {
      switches: present(shares, (s) => s.load),
      halls: this.halls.lines().map(withPairs),
      buildings: this.buildings.lines().map(withPairs),
      tiers: this.tiers.lines(),
      findings: findingsMoved || !last ? present(shares, (s) => s.finding) : last.bandwidth.findings,
    };
    this.last = { sites, target: targetOversubscription, shares, bandwidth };
    return bandwidth;
  }

  /** A switch's share (null for a rack). */
  private share(site: Site, target: number): SwitchShare | null {
    if (site.node.kind !== 'switch') return null;
    const devices = Math.max(1, site.devices);
    const downGbps = (this.down.get(site.node.id) ?? 0) / devices;
    const upGbps = (this.up.get(site.node.id) ?? 0) / devices;
    const managementGbps = (this.management.get(site.node.id) ?? 0) / devices;
    const ratio = upGbps > 0 ? downGbps / upGbps : null;
    const load: SwitchLoad = { nodeId: site.node.id, devices, downGbps, upGbps, managementGbps, ratio };
    // a switch group built for its own ratio (a storage leaf at 4:3) is held to that one
    const own = site.node.targetOversubscription ?? target;
    if (ratio === null || ratio <= own * (1 + 1e-9)) return { site, load, finding: null };
    const finding: Oversubscribed = { code: 'oversubscribed', severity: 'warning', nodeId: site.node.id, downGbps, upGbps, ratio: Math.round(ratio * 100) / 100, target: own };
    return { site, load, finding };
  }

  private addTo(sums: Map<NodeId, number>, nodeId: NodeId, gbps: number): void {
    if (!Number.isSafeInteger(gbps)) this.integerSums = false;
    const sum = (sums.get(nodeId) ?? 0) + gbps;
    sums.set(nodeId, sum);
    this.moved.add(nodeId);
  }
}

/** What `pick` gives for each switch, where it gives something. */
function present<T>(shares: readonly (SwitchShare | null)[], pick: (s: SwitchShare) => T | null): T[] {
  const out: T[] = [];
  for (const s of shares) {
    const value = s && pick(s);
    if (value) out.push(value);
  }
  return out;
}

const withPairs = (c: Crossing): Crossing => ({ ...c, pairs: c.strands / 2 });

/** One group's crossing between two places, keyed by the pair in id order. */
function crossing(x: NodeId, y: NodeId, link: LinkGroup, v: LinkVerdict): KeyedCrossing {
  const [a, b] = x < y ? [x, y] : [y, x];
  return { key: `${a}\u0000${b}`, crossing: { a, b, links: link.count, cables: v.cables, capacityGbps: v.capacityGbps, strands: v.strands, pairs: v.strands / 2 } };
}
