/** Cable length from placement, term by term (DOMAIN.md section 2). */
import type { BuildingNode, HallNode, NodeId, PointM, Settings } from '../model/design.ts';
import { orderLengthM } from './stockedLengths.ts';
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
  /** The length to order (after slack and rounding). */
  readonly lengthM: number;
  readonly terms: readonly LengthTerm[];
}

export interface RunEnd {
  readonly site: Site;
  /** Which of the site's racks the cable end sits in. */
  readonly rackMember: number;
}

const round = (m: number) => Math.round(m * 1000) / 1000;

/** The run between two cable ends, with every term that makes it up. */
export function cableRun(a: RunEnd, b: RunEnd, settings: Settings, nodes: NodeIndex): CableRun {
  const path = pathKind(a, b);
  const terms: LengthTerm[] = [];
  if (path === 'same-rack') {
    terms.push({ kind: 'in-rack-patch', lengthM: settings.inRackPatchM });
  } else {
    terms.push({ kind: 'riser', end: 'a', lengthM: settings.riserM });
    if (path === 'same-hall') {
      const fa = floorM(a, settings);
      const fb = floorM(b, settings);
      terms.push({ kind: 'floor', lengthM: round(Math.abs(fa.x - fb.x) + Math.abs(fa.y - fb.y)) });
    } else {
      terms.push({ kind: 'to-hall-entry', end: 'a', lengthM: round(manhattan(floorM(a, settings))) });
      if (path === 'cross-hall') {
        terms.push({ kind: 'hall-to-hall', lengthM: round(manhattanBetween(hallEntry(a, nodes), hallEntry(b, nodes))) });
      } else {
        terms.push({ kind: 'to-building-entry', end: 'a', lengthM: round(manhattan(hallEntry(a, nodes))) });
        terms.push({ kind: 'campus-route', lengthM: round(campusRouteM(a.site.buildingId, b.site.buildingId, settings, nodes)) });
        terms.push({ kind: 'to-building-entry', end: 'b', lengthM: round(manhattan(hallEntry(b, nodes))) });
      }
      terms.push({ kind: 'to-hall-entry', end: 'b', lengthM: round(manhattan(floorM(b, settings))) });
    }
    terms.push({ kind: 'riser', end: 'b', lengthM: settings.riserM });
  }
  return finishRun(path, terms, settings.slackPercent);
}

/** A run whose length the user fixed: no slack is added, only rounding to what can be ordered. */
export function overriddenRun(path: PathKind, lengthM: number): CableRun {
  const ordered = orderLengthM(lengthM);
  return {
    path,
    lengthM: ordered,
    terms: [{ kind: 'override', lengthM }, { kind: 'stock-rounding', lengthM: round(ordered - lengthM) }],
  };
}

function finishRun(path: PathKind, terms: LengthTerm[], slackPercent: number): CableRun {
  const base = terms.reduce((sum, t) => sum + t.lengthM, 0);
  const slack = round((base * slackPercent) / 100);
  const ordered = orderLengthM(base + slack);
  terms.push({ kind: 'slack', lengthM: slack });
  terms.push({ kind: 'stock-rounding', lengthM: round(ordered - base - slack) });
  return { path, lengthM: ordered, terms };
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
