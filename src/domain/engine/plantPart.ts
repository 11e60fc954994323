/**
 * What one fiber link group adds to the plant: its cords and direct cables, trunk routes, panel ports
 * and breakout harnesses, counted over the runs its cables take (verdict.runCounts).
 */
import type { Catalog } from '../catalog/catalog.ts';
import type { FiberGrade, OpticSpec } from '../catalog/types.ts';
import type { ConnectorType, LinkGroup } from '../model/design.ts';
import { cableAssembly, cordAssembly, cordsPerLink, type CableAssembly } from './cableAssembly.ts';
import type { CableRun } from './cableLength.ts';
import type { PlacedJunction, PlacedSegment } from './channel.ts';
import { channelEnds } from './connectorClass.ts';
import { GroupKeys } from './groupKeys.ts';
import type { RunShare } from './linkRuns.ts';
import type { LinkVerdict } from './linkVerdict.ts';
import type { NodeIndex, Site } from './placement.ts';
import type { Place } from './plantPlaces.ts';
import type { CableLine, HarnessLine } from './plantBom.ts';

/** One fiber link group as the plant sees it. */
interface GroupPlant {
  readonly verdict: LinkVerdict;
  readonly opticA: OpticSpec;
  readonly opticB: OpticSpec | undefined;
  readonly a: Site;
  readonly b: Site;
}

/** A route a group's trunks take between two panel places, with the fibers its runs use there. */
export interface TrunkRoute {
  type: 'mpo' | 'osp';
  fiber: FiberGrade;
  ends: [Place, Place];
  usedFibers: number;
  lengthM: number;
  closures: number;
}

interface PlantTally {
  readonly routes: Map<string, TrunkRoute>;
  readonly ports: Map<string, Junction>;
  readonly harnesses: Map<string, Counted<HarnessLine>>;
}

/** The panel ports a group's cords take at one place, by connector. */
export interface Junction {
  readonly place: Place;
  readonly connector: ConnectorType;
  readonly via: 'adapters' | 'cassettes';
  ports: number;
}

type Counted<L> = { -readonly [K in keyof L]: L[K] };

/** Adds `line.count` to the keyed line, copying `line` when new (lines in `lines` are the caller's own, `line` is not). */
function addCount<L extends { readonly count: number }>(lines: Map<string, Counted<L>>, key: string, line: L): void {
  const had = lines.get(key);
  if (had) had.count += line.count;
  else lines.set(key, { ...line });
}

type Entries<T> = readonly (readonly [string, T])[];

/**
 * What one fiber link group adds to the BOM: its cords and direct cables, trunks, panel ports and
 * harnesses (as keyed entries: summing a few per group is all an analysis does for unchanged groups), strands.
 */
export interface PlantPart {
  readonly cords: Entries<CableLine>;
  readonly routes: Entries<TrunkRoute>;
  readonly ports: Entries<Junction>;
  readonly harnesses: Entries<HarnessLine>;
  readonly assembly: CableAssembly;
  readonly strands: number;
}

/** The part of a group whose optics and ends resolved, or null. */
export function plantPart(link: LinkGroup, verdict: LinkVerdict, catalog: Catalog, a: Site, b: Site, nodes: NodeIndex): PlantPart | null {
  const opticA = catalog.optics[link.optic];
  if (!opticA) return null;
  const opticB = link.opticB ? catalog.optics[link.opticB] : undefined;
  const g: GroupPlant = { verdict, opticA, opticB, a, b };
  const tally = groupPlant(g, nodes);
  return {
    cords: [...groupCables(g)],
    routes: [...tally.routes],
    ports: [...tally.ports],
    harnesses: [...tally.harnesses],
    assembly: cableAssembly(opticA, breakoutChild(g)),
    strands: verdict.strands,
  };
}

function groupCables(g: GroupPlant): Map<string, CableLine> {
  const lines = new Map<string, Counted<CableLine>>();
  const fiber = g.verdict.plant.fiber;
  const child = breakoutChild(g);
  const whole = cableAssembly(g.opticA, child);
  const atA = cordAssembly(g.opticA);
  const atB = child ? cordAssembly(child) : atA;
  for (const [run, share] of g.verdict.runCounts) {
    for (const s of run.segments) {
      if (s.kind !== 'cord') continue;
      const assembly = s.side === null ? whole : s.side === 'b' ? atB : atA;
      const count = s.side === 'b' && child ? share.legs : share.cords;
      const key = `${assembly}\u0000${fiber}\u0000${s.lengthM}`;
      const had = lines.get(key);
      if (had) had.count += count;
      else lines.set(key, { assembly, fiber, lengthM: s.lengthM, count });
    }
  }
  return lines;
}

/** One group's trunks, panel ports and harnesses. */
function groupPlant(g: GroupPlant, nodes: NodeIndex): PlantTally {
  const tally: PlantTally = { routes: new Map(), ports: new Map(), harnesses: new Map() };
  const fiber = g.verdict.plant.fiber;
  const ends = channelEnds(g.opticA, g.opticB);
  if (!fiber || !ends) return tally;
  const child = breakoutChild(g);
  const keys = new GroupKeys(g, nodes, fiber, ends);
  for (const [run, share] of g.verdict.runCounts) {
    countJunctions(g, run, share, keys, tally.ports);
    countTrunks(g, run, share, fiber, keys, tally.routes);
    if (child && run.segments.length > 1 && share.cables > 0) {
      const assembly = cableAssembly(g.opticA, child) as HarnessLine['assembly'];
      // harnesses of different leg counts are different parts
      addCount<HarnessLine>(tally.harnesses, `${assembly}\u0000${fiber}\u0000${g.verdict.fanout}`, { assembly, fiber, legs: g.verdict.fanout, count: share.cables });
    }
  }
  return tally;
}

const isJunction = (s: PlacedSegment): s is PlacedJunction => s.kind === 'panel' || s.kind === 'cassette';

function countJunctions(g: GroupPlant, run: CableRun, share: RunShare, keys: GroupKeys, out: Map<string, Junction>): void {
  for (const s of run.segments) {
    if (!isJunction(s)) continue;
    const connector = s.side === 'a' ? keys.ends.a : keys.ends.b;
    const portCount = s.side === 'b' && breakoutChild(g) ? share.legs : share.cords;
    const via = s.kind === 'cassette' && connector === 'lc' ? 'cassettes' : 'adapters';
    const key = keys.junction(s, connector, via);
    const line = out.get(key);
    if (line) line.ports += portCount;
    else out.set(key, { place: keys.place(s), connector, via, ports: portCount });
  }
}

function countTrunks(g: GroupPlant, run: CableRun, share: RunShare, fiber: FiberGrade, keys: GroupKeys, out: Map<string, TrunkRoute>): void {
  const segs = run.segments;
  for (let i = 1; i + 1 < segs.length; i++) {
    const s = segs[i]!;
    if (s.kind !== 'trunk' && s.kind !== 'osp-trunk') continue;
    const before = segs[i - 1]!;
    const after = segs[i + 1]!;
    if (!isJunction(before) || !isJunction(after)) continue;
    const type = s.kind === 'osp-trunk' ? 'osp' : 'mpo';
    const perCord = type === 'osp' ? g.opticA.strands / cordsPerLink(g.opticA) : mpoPositions(g.opticA);
    const key = keys.route(type, before, after);
    let route = out.get(key);
    if (!route) out.set(key, (route = { type, fiber, ends: [keys.place(before), keys.place(after)], usedFibers: 0, lengthM: 0, closures: 0 }));
    route.usedFibers += perCord * share.cords;
    route.lengthM = Math.max(route.lengthM, s.lengthM);
    route.closures = Math.max(route.closures, s.kind === 'osp-trunk' ? s.closures : 0);
  }
}

/** Trunk fibers one cord takes behind MPO connectors: every position of its connector (MPO-12 parallel optics leave 4 dark). */
function mpoPositions(optic: OpticSpec): number {
  return optic.connector === 'mpo-16' ? 16 : optic.connector === 'mpo-12' ? 12 : 2;
}

function breakoutChild(g: GroupPlant): OpticSpec | undefined {
  return g.opticB && g.opticB !== g.opticA ? g.opticB : undefined;
}
