/**
 * The plant as installed, counted: patch cords and direct cables, and the structured plant the
 * links of every group share (trunks per pair of places, panels and cassettes per place, breakout
 * harnesses, splice closures). Each step is one function so the aggregation can be reused.
 */
import type { Catalog } from '../catalog/catalog.ts';
import type { FiberGrade, OpticSpec } from '../catalog/types.ts';
import type { ConnectorType, LinkGroup, PanelPlace } from '../model/design.ts';
import { cableAssembly, cordsPerLink, type CableAssembly } from './cableAssembly.ts';
import type { CableRun } from './cableLength.ts';
import type { PlacedJunction, PlacedSegment } from './channel.ts';
import { channelEnds } from './connectorClass.ts';
import type { RunShare } from './linkRuns.ts';
import type { LinkVerdict } from './linkVerdict.ts';
import type { NodeIndex, Site } from './placement.ts';
import { placeOf, sideSite, trunkRouteKey, type Place } from './plantPlaces.ts';
import { Tally } from './tally.ts';
import { sizeTrunks } from './trunkCounts.ts';

export interface CableLine {
  readonly assembly: CableAssembly;
  readonly fiber: FiberGrade | null;
  readonly lengthM: number;
  readonly count: number;
}

export interface TrunkLine {
  /** `mpo`: indoor MPO trunk; `osp`: outside-plant cable between buildings, spliced in closures. */
  readonly type: 'mpo' | 'osp';
  readonly fiber: FiberGrade;
  /** Names of the two places it joins, in name order. */
  readonly between: readonly [string, string];
  readonly places: readonly [string, string];
  /** Fibers per trunk: a standard count, after spares. */
  readonly fibers: number;
  /** Fibers the links of this route use (MPO positions for indoor trunks, lit strands for spliced OSP); a route of several trunks repeats it on each line. */
  readonly usedFibers: number;
  /** Cut length: the longest run over this route, with its loops. */
  readonly lengthM: number;
  readonly count: number;
  /** Splice closures per trunk. */
  readonly closures: number;
}

export interface PanelLine {
  readonly at: string;
  readonly place: string;
  /** The connector the cords plug into. */
  readonly connector: ConnectorType;
  /** `adapters`: the trunk arrives in the cord's connector; `cassettes`: MPO-to-LC cassettes. */
  readonly via: 'adapters' | 'cassettes';
  readonly ports: number;
}

export interface CassetteLine {
  readonly at: string;
  readonly place: string;
  /** One MPO-12 behind, six LC duplex in front. */
  readonly cassette: 'mpo-12-to-6x-lc-duplex';
  readonly count: number;
  readonly lcPorts: number;
}

export interface HarnessLine {
  readonly assembly: 'mpo-12-to-lc-breakout' | 'mpo-16-to-lc-breakout';
  readonly fiber: FiberGrade | null;
  /** LC duplex legs per harness. */
  readonly legs: number;
  readonly count: number;
}

export interface PlantBom {
  readonly trunks: readonly TrunkLine[];
  readonly panels: readonly PanelLine[];
  readonly cassettes: readonly CassetteLine[];
  readonly harnesses: readonly HarnessLine[];
  readonly spliceClosures: number;
  /** Fusion splices: every fiber of an OSP trunk at each of its closures. */
  readonly splices: number;
}

/** One fiber link group as the plant sees it. */
interface GroupPlant {
  readonly verdict: LinkVerdict;
  readonly opticA: OpticSpec;
  readonly opticB: OpticSpec | undefined;
  readonly a: Site;
  readonly b: Site;
}

interface TrunkRoute {
  type: 'mpo' | 'osp';
  fiber: FiberGrade;
  ends: [Place, Place];
  usedFibers: number;
  lengthM: number;
  closures: number;
}

const LC_PER_CASSETTE = 6;

interface PlantTally {
  readonly routes: Map<string, TrunkRoute>;
  readonly ports: Map<string, Junction>;
  readonly harnesses: Map<string, Counted<HarnessLine>>;
}

interface Junction {
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

/**
 * The plant of every fiber link group, as running totals: an analysis adds the parts of the groups
 * an edit brought and takes back those it removed (see Tally), then reads the lines.
 */
export class PlantTotals {
  private readonly cords = new Tally<CableLine>(['count'], [], (x, y) => x.assembly.localeCompare(y.assembly) || String(x.fiber).localeCompare(String(y.fiber)) || x.lengthM - y.lengthM);
  private readonly routes = new Tally<TrunkRoute>(['usedFibers'], ['lengthM', 'closures']);
  private readonly ports = new Tally<Junction>(['ports']);
  private readonly harnesses = new Tally<HarnessLine>(['count']);
  private readonly strandsBy = new Tally<{ readonly assembly: CableAssembly; readonly strands: number }>(['strands']);
  private readonly tallies = [this.cords, this.routes, this.ports, this.harnesses, this.strandsBy];
  private made: { readonly version: number; readonly spareFiberPercent: number; readonly plant: PlantBom } | null = null;

  add(part: PlantPart, sign: 1 | -1): void {
    for (const [key, line] of part.cords) this.cords.add(key, line, sign);
    for (const [key, route] of part.routes) this.routes.add(key, route, sign);
    for (const [key, junction] of part.ports) this.ports.add(key, junction, sign);
    for (const [key, harness] of part.harnesses) this.harnesses.add(key, harness, sign);
    this.strandsBy.add(part.assembly, { assembly: part.assembly, strands: part.strands }, sign);
  }

  get exact(): boolean {
    return this.tallies.every((t) => t.exact);
  }

  /** Cords and direct cables by assembly, grade and ordered length. */
  cables(): readonly CableLine[] {
    return this.cords.lines();
  }

  /** Strands of every group, by assembly (only assemblies with strands). */
  strands(): readonly { readonly assembly: CableAssembly; readonly strands: number }[] {
    return this.strandsBy.lines();
  }

  /** The structured plant: trunks per pair of places, panels and cassettes per place, harnesses, closures. */
  plant(spareFiberPercent: number): PlantBom {
    const version = this.routes.version + this.ports.version + this.harnesses.version;
    if (this.made?.version === version && this.made.spareFiberPercent === spareFiberPercent) return this.made.plant;
    const plant = plantLines(this.routes.lines(), this.ports.lines(), this.harnesses.lines(), spareFiberPercent);
    this.made = { version, spareFiberPercent, plant };
    return plant;
  }
}

function plantLines(routes: readonly TrunkRoute[], ports: readonly Junction[], harnesses: readonly HarnessLine[], spareFiberPercent: number): PlantBom {
  const trunks = routes.map(trunkLine).sort((x, y) => x.type.localeCompare(y.type) || x.between.join().localeCompare(y.between.join()));
  const sized = trunks.flatMap((t) => sizeTrunks(t.usedFibers, spareFiberPercent).map((size) => ({ ...t, ...size })));
  const panels = ports.map((p) => ({ at: p.place.name, place: p.place.id, connector: p.connector, via: p.via, ports: p.ports })).sort((x, y) => x.at.localeCompare(y.at) || x.connector.localeCompare(y.connector));
  const cassettes = panels
    .filter((p) => p.via === 'cassettes' && p.connector === 'lc')
    .map((p): CassetteLine => ({ at: p.at, place: p.place, cassette: 'mpo-12-to-6x-lc-duplex', count: Math.ceil(p.ports / LC_PER_CASSETTE), lcPorts: p.ports }));
  const osp = sized.filter((t) => t.type === 'osp');
  return {
    trunks: sized,
    panels,
    cassettes,
    harnesses,
    spliceClosures: osp.reduce((n, t) => n + t.closures * t.count, 0),
    splices: osp.reduce((n, t) => n + t.closures * t.count * t.fibers, 0),
  };
}

/** A route's line before sizing; its places in name order (then id order, for two places of one name). */
function trunkLine(r: TrunkRoute): TrunkLine {
  const [x, y] = r.ends;
  const [p, q] = x.name < y.name || (x.name === y.name && x.id <= y.id) ? [x, y] : [y, x];
  return { type: r.type, fiber: r.fiber, between: [p.name, q.name], places: [p.id, q.id], fibers: 0, usedFibers: r.usedFibers, lengthM: r.lengthM, count: 0, closures: r.closures };
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

const LEVELS: readonly PanelPlace[] = ['row', 'hall', 'building'];

/**
 * The places, panel keys and route keys of one group, made once each: a group's panels stand at most
 * at three levels on each of its two sides, whatever the number of its runs.
 */
class GroupKeys {
  private readonly places: (Place | undefined)[] = [];
  private readonly junctions: (string | undefined)[] = [];
  private readonly routes: (string | undefined)[] = [];

  constructor(
    private readonly g: GroupPlant,
    private readonly nodes: NodeIndex,
    private readonly fiber: FiberGrade,
    readonly ends: NonNullable<ReturnType<typeof channelEnds>>,
  ) {}

  /** Index of a place: level and side. */
  slot(s: PlacedJunction): number {
    return LEVELS.indexOf(s.at) * 2 + (s.side === 'a' ? 0 : 1);
  }

  place(s: PlacedJunction): Place {
    const i = this.slot(s);
    return (this.places[i] ??= placeOf(s.at, sideSite(s.side, this.g.a, this.g.b), this.nodes));
  }

  junction(s: PlacedJunction, connector: ConnectorType, via: Junction['via']): string {
    const i = this.slot(s) * 2 + (via === 'cassettes' ? 1 : 0);
    return (this.junctions[i] ??= `${this.place(s).id}\u0000${connector}\u0000${via}`);
  }

  route(type: TrunkRoute['type'], before: PlacedJunction, after: PlacedJunction): string {
    const i = (this.slot(before) * 6 + this.slot(after)) * 2 + (type === 'osp' ? 1 : 0);
    return (this.routes[i] ??= trunkRouteKey(type, this.fiber, [this.place(before).id, this.place(after).id]));
  }
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

/** The patch cord at a structured end: the optic's own connector (an integrated optic's field side is LC). */
export function cordAssembly(optic: OpticSpec): CableAssembly {
  return optic.connector === 'mpo-12' || optic.connector === 'mpo-16' ? optic.connector : 'lc-duplex';
}

function breakoutChild(g: GroupPlant): OpticSpec | undefined {
  return g.opticB && g.opticB !== g.opticA ? g.opticB : undefined;
}
