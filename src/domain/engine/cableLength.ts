/** Cable length from placement, term by term (DOMAIN.md section 2). */
import type { BuildingNode, ChannelTemplate, HallNode, NodeId, PointM, Settings } from '../model/design.ts';
import { channelLengthM, placeChannel, type PlacedSegment } from './channel.ts';
import { DIRECT_CABLE, templateFor } from './channelTemplate.ts';
import type { NodeIndex, Site } from './placement.ts';

export type PathKind = 'same-rack' | 'same-hall' | 'cross-hall' | 'cross-building';

export type LengthTermKind =
  | 'in-rack-patch'
  | 'riser'
  | 'floor'
  | 'to-hall-entry'
  | 'hall-to-hall'
  | 'to-building-entry'
  | 'campus-route'
  | 'slack'
  | 'service-loop'
  | 'stock-rounding'
  | 'override';

export interface LengthTerm {
  readonly kind: LengthTermKind;
  /** Which end the term belongs to, when it belongs to one. */
  readonly end?: 'a' | 'b';
  readonly lengthM: number;
}

export interface CableRun {
  readonly path: PathKind;
  /** The channel's length as installed: its cords and trunks as ordered (after slack, loops and rounding). */
  readonly lengthM: number;
  readonly terms: readonly LengthTerm[];
  /** The chain as installed, device A to device B. */
  readonly segments: readonly PlacedSegment[];
  /** Why the chosen template does not fit this path (the run is then measured as one direct cord). */
  readonly channelProblem: string | null;
}

export interface RunOptions {
  /** The link group's own chain; else the design's template for the path. */
  readonly template?: ChannelTemplate;
  /** DAC, ACC and AOC: one assembly end to end, no panels. */
  readonly direct?: boolean;
  /** The user's length for the run, replacing the one from placement. */
  readonly overrideM?: number;
}

export interface RunEnd {
  readonly site: Site;
  /** Which of the site's racks the cable end sits in. */
  readonly rackMember: number;
}

const round = (m: number) => Math.round(m * 1000) / 1000;

/** The legs of each path kind, in order: the length terms before slack, loops and rounding. */
const LEGS: Readonly<Record<PathKind, readonly Omit<LengthTerm, 'lengthM'>[]>> = {
  'same-rack': [{ kind: 'in-rack-patch' }],
  'same-hall': [{ kind: 'riser', end: 'a' }, { kind: 'floor' }, { kind: 'riser', end: 'b' }],
  'cross-hall': [
    { kind: 'riser', end: 'a' }, { kind: 'to-hall-entry', end: 'a' }, { kind: 'hall-to-hall' },
    { kind: 'to-hall-entry', end: 'b' }, { kind: 'riser', end: 'b' },
  ],
  'cross-building': [
    { kind: 'riser', end: 'a' }, { kind: 'to-hall-entry', end: 'a' }, { kind: 'to-building-entry', end: 'a' }, { kind: 'campus-route' },
    { kind: 'to-building-entry', end: 'b' }, { kind: 'to-hall-entry', end: 'b' }, { kind: 'riser', end: 'b' },
  ],
};

/** The run between two cable ends over its channel, with every term that makes it up. */
export function cableRun(a: RunEnd, b: RunEnd, settings: Settings, nodes: NodeIndex, options: RunOptions = {}): CableRun {
  const path = pathKind(a, b);
  const legsM = legLengthsM(path, a, b, settings, nodes);
  const template = options.direct ? DIRECT_CABLE : templateFor(path, settings, options.template);
  let byTemplate = laidRuns.get(settings);
  if (!byTemplate) laidRuns.set(settings, (byTemplate = new Map()));
  let runs = byTemplate.get(template);
  if (!runs || runs.size >= MEMO_LIMIT) byTemplate.set(template, (runs = new Map()));
  const key = `${path}|${options.overrideM}|${legsM.join('|')}`;
  let run = runs.get(key);
  if (!run) {
    const legs = LEGS[path].map((leg, i): LengthTerm => ({ ...leg, lengthM: legsM[i]! }));
    runs.set(key, (run = finishRun(path, legs, settings, options)));
  }
  return run;
}

/**
 * Runs already laid, per settings object and template, by path and legs (a run is a pure function of
 * them): a 100k-GPU design has ~10,000 rack pairs but ~5,000 distinct runs, and an edit re-measures
 * its group without laying a channel again. Bounded: past the limit the memo starts afresh.
 */
const laidRuns = new WeakMap<Settings, Map<ChannelTemplate, Map<string, CableRun>>>();
const MEMO_LIMIT = 200_000;

function legLengthsM(path: PathKind, a: RunEnd, b: RunEnd, settings: Settings, nodes: NodeIndex): number[] {
  switch (path) {
    case 'same-rack':
      return [settings.inRackPatchM];
    case 'same-hall': {
      const fa = floorM(a, settings);
      const fb = floorM(b, settings);
      return [settings.riserM, round(Math.abs(fa.x - fb.x) + Math.abs(fa.y - fb.y)), settings.riserM];
    }
    case 'cross-hall':
      return [
        settings.riserM, round(manhattan(floorM(a, settings))), round(manhattanBetween(hallEntry(a, nodes), hallEntry(b, nodes))),
        round(manhattan(floorM(b, settings))), settings.riserM,
      ];
    case 'cross-building':
      return [
        settings.riserM, round(manhattan(floorM(a, settings))), round(manhattan(hallEntry(a, nodes))),
        round(campusRouteM(a.site.buildingId, b.site.buildingId, settings, nodes)),
        round(manhattan(hallEntry(b, nodes))), round(manhattan(floorM(b, settings))), settings.riserM,
      ];
  }
}

/**
 * Lays the channel over the path's legs. A user's length override replaces the legs (no slack, no
 * loops: the figure is what they measured); a template that does not fit the path falls back to one
 * direct cord and says why. A short same-hall run is one direct cord (`settings.directCordMaxM`):
 * the memo's key holds the legs, so the choice is a function of what the run is keyed by.
 */
function finishRun(path: PathKind, legs: LengthTerm[], settings: Settings, options: RunOptions): CableRun {
  const rules = { slackPercent: settings.slackPercent, serviceLoopM: settings.serviceLoopM, overrideM: options.overrideM };
  const legsM = legs.map((t) => t.lengthM);
  const direct = placeChannel(DIRECT_CABLE, path, legsM, rules);
  const template = options.direct ? DIRECT_CABLE : templateFor(path, settings, options.template, direct.ok ? channelLengthM(direct.segments) : Infinity);
  let placed = template === DIRECT_CABLE ? direct : placeChannel(template, path, legsM, rules);
  const channelProblem = placed.ok ? null : placed.problem;
  if (!placed.ok) placed = direct;
  const segments = placed.ok ? placed.segments : [];
  const sum = (pick: (s: { addedM: number; roundingM: number }) => number, kinds: readonly string[]) =>
    round(segments.reduce((acc, s) => acc + ('lengthM' in s && kinds.includes(s.kind) ? pick(s) : 0), 0));
  const terms: LengthTerm[] = options.overrideM !== undefined ? [{ kind: 'override', lengthM: options.overrideM }] : legs;
  const slack = sum((s) => s.addedM, ['cord']);
  const loops = sum((s) => s.addedM, ['trunk', 'osp-trunk']);
  if (options.overrideM === undefined) terms.push({ kind: 'slack', lengthM: slack });
  if (loops > 0) terms.push({ kind: 'service-loop', lengthM: loops });
  const lengthM = channelLengthM(segments);
  terms.push({ kind: 'stock-rounding', lengthM: round(lengthM - terms.reduce((s, t) => s + t.lengthM, 0)) });
  return { path, lengthM, terms, segments, channelProblem };
}

export function pathKind(a: RunEnd, b: RunEnd): PathKind {
  if (a.site.buildingId !== b.site.buildingId) return 'cross-building';
  if (a.site.hallId !== b.site.hallId) return 'cross-hall';
  if (a.site.rackId !== null && a.site.rackId === b.site.rackId && a.rackMember === b.rackMember) return 'same-rack';
  return 'same-hall';
}

/** A cable end's position on its hall floor, metres from the hall entry. */
function floorM(end: RunEnd, settings: Settings): PointM {
  return {
    x: (end.site.floor.slot + end.rackMember) * settings.rackPitchM,
    y: end.site.floor.row * settings.rowPitchM,
  };
}

function hallEntry(end: RunEnd, nodes: NodeIndex): PointM {
  const hall = nodes.get(end.site.hallId) as HallNode;
  return hall.entryM;
}

function campusRouteM(a: NodeId, b: NodeId, settings: Settings, nodes: NodeIndex): number {
  const route = settings.campusRoutes.find((r) => (r.a === a && r.b === b) || (r.a === b && r.b === a));
  if (route) return route.lengthM;
  const ba = nodes.get(a) as BuildingNode;
  const bb = nodes.get(b) as BuildingNode;
  return Math.hypot(ba.campusM.x - bb.campusM.x, ba.campusM.y - bb.campusM.y) * settings.routeFactor;
}

const manhattan = (p: PointM) => Math.abs(p.x) + Math.abs(p.y);
const manhattanBetween = (p: PointM, q: PointM) => Math.abs(p.x - q.x) + Math.abs(p.y - q.y);
