/**
 * Capacity between each pair of halls and of buildings, next to the plant that carries it: link
 * groups, links, capacity, the trunks joining the two places, their fibers in use against those
 * provisioned (standard counts after spares), and the worst verdict of the groups between them.
 */
import type { Analysis } from '../engine/analyzeDesign.ts';
import type { Crossing } from '../engine/bandwidth.ts';
import type { TrunkLine } from '../engine/plantBom.ts';
import type { LinkStatus } from '../engine/linkVerdict.ts';
import { placeOf } from '../engine/plantPlaces.ts';
import { indexNodes, type NodeIndex } from '../engine/placement.ts';
import type { Design, NodeId } from '../model/design.ts';

export interface PairTrunks {
  readonly type: TrunkLine['type'];
  readonly fiber: TrunkLine['fiber'];
  readonly fibers: number;
  readonly count: number;
}

export interface PairCapacity {
  /** Hall or building ids, in the order of `analysis.bandwidth`. */
  readonly a: NodeId;
  readonly b: NodeId;
  readonly between: readonly [string, string];
  /** For two halls in different buildings: the buildings, whose outside-plant trunks carry these links. */
  readonly buildings: readonly [string, string] | null;
  readonly linkGroups: number;
  readonly links: number;
  /** Cable paths end to end (a breakout's parent cables). */
  readonly cables: number;
  readonly capacityGbps: number;
  readonly trunks: readonly PairTrunks[];
  /** Fibers the links use on those trunks (MPO positions indoors, lit strands on spliced outside plant). */
  readonly usedFibers: number;
  /** Fibers of the trunks as ordered: standard counts after the spare share. */
  readonly provisionedFibers: number;
  readonly status: LinkStatus;
}

export interface PlacePairCapacity {
  readonly halls: readonly PairCapacity[];
  readonly buildings: readonly PairCapacity[];
}

const STATUS_RANK: Readonly<Record<LinkStatus, number>> = { ok: 0, warning: 1, error: 2 };
const pairKey = (x: NodeId, y: NodeId) => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);

interface Tally {
  linkGroups: number;
  status: LinkStatus;
  trunks: PairTrunks[];
  usedFibers: number;
  provisionedFibers: number;
  /** Routes already counted: a route sized into several trunks repeats its used fibers on each line. */
  routes: Set<string>;
}

/** Every hall pair and building pair that links cross, in the engine's order. */
export function placePairCapacity(design: Design, analysis: Analysis): PlacePairCapacity {
  const nodes = indexNodes(design);
  const halls = new Map<string, Tally>();
  const buildings = new Map<string, Tally>();
  const tally = (into: Map<string, Tally>, key: string) => {
    const had = into.get(key);
    if (had) return had;
    const made: Tally = { linkGroups: 0, status: 'ok', trunks: [], usedFibers: 0, provisionedFibers: 0, routes: new Set() };
    into.set(key, made);
    return made;
  };
  const worsen = (t: Tally, status: LinkStatus) => {
    t.linkGroups += 1;
    if (STATUS_RANK[status] > STATUS_RANK[t.status]) t.status = status;
  };
  for (const link of design.links) {
    const v = analysis.linkById.get(link.id);
    const a = analysis.sites.get(link.a);
    const b = analysis.sites.get(link.b);
    if (!v || !a || !b) continue;
    if (a.hallId !== b.hallId) worsen(tally(halls, pairKey(a.hallId, b.hallId)), v.status);
    if (a.buildingId !== b.buildingId) worsen(tally(buildings, pairKey(a.buildingId, b.buildingId)), v.status);
  }
  const where = placeContainers(analysis, nodes);
  for (const t of analysis.bom.plant.trunks) {
    const [p, q] = t.places.map((id) => where.get(id));
    if (!p || !q) continue;
    if (p.hallId && q.hallId && p.hallId !== q.hallId) addTrunk(tally(halls, pairKey(p.hallId, q.hallId)), t);
    if (p.buildingId !== q.buildingId) addTrunk(tally(buildings, pairKey(p.buildingId, q.buildingId)), t);
  }
  const nameOf = (id: NodeId) => nodes.get(id)?.name || id;
  const buildingOf = (hallId: NodeId) => where.get(hallId)?.buildingId ?? hallId;
  const row = (c: Crossing, t: Tally | undefined, campus: PairCapacity['buildings']): PairCapacity => ({
    a: c.a,
    b: c.b,
    between: [nameOf(c.a), nameOf(c.b)],
    buildings: campus,
    linkGroups: t?.linkGroups ?? 0,
    links: c.links,
    cables: c.cables,
    capacityGbps: c.capacityGbps,
    trunks: t?.trunks ?? [],
    usedFibers: t?.usedFibers ?? 0,
    provisionedFibers: t?.provisionedFibers ?? 0,
    status: t?.status ?? 'ok',
  });
  return {
    halls: analysis.bandwidth.halls.map((c) => {
      const [x, y] = [buildingOf(c.a), buildingOf(c.b)];
      return row(c, halls.get(pairKey(c.a, c.b)), x === y ? null : [nameOf(x), nameOf(y)]);
    }),
    buildings: analysis.bandwidth.buildings.map((c) => row(c, buildings.get(pairKey(c.a, c.b)), null)),
  };
}

function addTrunk(t: Tally, line: TrunkLine): void {
  t.trunks.push({ type: line.type, fiber: line.fiber, fibers: line.fibers, count: line.count });
  t.provisionedFibers += line.fibers * line.count;
  const route = `${line.type}\u0000${line.fiber}\u0000${line.places.join('\u0000')}`;
  if (t.routes.has(route)) return;
  t.routes.add(route);
  t.usedFibers += line.usedFibers;
}

/** The hall (none for a building's own panels) and building of every place a panel can stand in. */
function placeContainers(analysis: Analysis, nodes: NodeIndex): Map<string, { readonly hallId: NodeId | null; readonly buildingId: NodeId }> {
  const out = new Map<string, { readonly hallId: NodeId | null; readonly buildingId: NodeId }>();
  for (const site of analysis.sites.values()) {
    const inHall = { hallId: site.hallId, buildingId: site.buildingId };
    out.set(placeOf('row', site, nodes).id, inHall);
    out.set(placeOf('hall', site, nodes).id, inHall);
    out.set(placeOf('building', site, nodes).id, { hallId: null, buildingId: site.buildingId });
  }
  return out;
}
