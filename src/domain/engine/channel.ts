/**
 * Places a channel template on a measured path: which legs of the path each cord and trunk covers,
 * and where each panel stands. Cords get the slack percentage and are ordered in stocked lengths;
 * trunks get a fixed service loop at each end and are cut to the metre.
 */
import type { ChannelSegment, ChannelTemplate, PanelPlace } from '../model/design.ts';
import type { PathKind } from './cableLength.ts';
import { orderLengthM } from './stockedLengths.ts';

export type Side = 'a' | 'b';
type Place = 'device' | PanelPlace;

/** The places a path passes, in order; its legs (the length terms before slack) join consecutive places. */
const PLACES: Readonly<Record<PathKind, readonly Place[]>> = {
  'same-rack': ['device', 'device'],
  'same-hall': ['device', 'row', 'row', 'device'],
  'cross-hall': ['device', 'row', 'hall', 'hall', 'row', 'device'],
  'cross-building': ['device', 'row', 'hall', 'building', 'building', 'hall', 'row', 'device'],
};

interface Span {
  /** Length of the path the segment covers, before slack and loops. */
  readonly pathM: number;
  /** Slack (cords) or service loops (trunks) added. */
  readonly addedM: number;
  /** What rounding to an orderable length added. */
  readonly roundingM: number;
  /** As ordered. */
  readonly lengthM: number;
}

export type PlacedSegment =
  | ({ readonly kind: 'cord'; readonly side: Side | null } & Span)
  | { readonly kind: 'panel' | 'cassette'; readonly at: PanelPlace; readonly side: Side }
  | ({ readonly kind: 'trunk'; readonly from: PanelPlace; readonly to: PanelPlace } & Span)
  | ({ readonly kind: 'osp-trunk'; readonly closures: number } & Span);

export type PlacedJunction = Extract<PlacedSegment, { kind: 'panel' | 'cassette' }>;

export type Placement = { readonly ok: true; readonly segments: readonly PlacedSegment[] } | { readonly ok: false; readonly problem: string };

export interface LengthRules {
  readonly slackPercent: number;
  readonly serviceLoopM: number;
  /** The user's own length for the whole run: no slack or loops, trunks take what the cords leave. */
  readonly overrideM?: number;
}

const round = (m: number) => Math.round(m * 1000) / 1000;
const isJunction = (s: ChannelSegment): s is Extract<ChannelSegment, { kind: 'panel' | 'cassette' }> => s.kind === 'panel' || s.kind === 'cassette';

/** Why a template cannot be a chain at all (its shape), or null; checked where files are read. */
export function templateShapeProblem(template: ChannelTemplate): string | null {
  if (template.length % 2 === 0) return 'a channel is cord, then (panel or cassette, trunk) pairs, then panel or cassette and cord: it has an odd number of segments';
  for (let i = 0; i < template.length; i++) {
    const s = template[i]!;
    const edge = i === 0 || i === template.length - 1;
    if (i % 2 === 1 && !isJunction(s)) return `segment ${i + 1} must be a panel or cassette`;
    if (i % 2 === 0 && edge && s.kind !== 'cord') return `segment ${i + 1} must be a cord (a channel starts and ends at a device)`;
    if (i % 2 === 0 && !edge && s.kind !== 'trunk' && s.kind !== 'osp-trunk') return `segment ${i + 1} must be a trunk or an osp-trunk`;
  }
  return null;
}

/** Lays the template over the path's legs; a problem when it does not fit the path. */
export function placeChannel(template: ChannelTemplate, path: PathKind, legsM: readonly number[], rules: LengthRules): Placement {
  const shape = templateShapeProblem(template);
  if (shape) return { ok: false, problem: shape };
  const places = PLACES[path];
  const at: number[] = [0];
  for (const s of template) {
    if (!isJunction(s)) continue;
    const from = at[at.length - 1]! + 1;
    const j = places.findIndex((p, i) => i >= from && i < places.length - 1 && p === s.at);
    if (j < 0) return { ok: false, problem: `a ${path} path has no ${s.at} place for panel ${at.length} (places in order: ${places.slice(1, -1).join(', ') || 'none'})` };
    at.push(j);
  }
  at.push(places.length - 1);
  const campusLeg = places.findIndex((p, i) => p === 'building' && places[i + 1] === 'building');

  const spanPathM: number[] = [];
  for (let k = 0; k + 1 < at.length; k++) spanPathM.push(round(legsM.slice(at[k], at[k + 1]).reduce((s, m) => s + m, 0)));
  const trunkShare = trunkShares(template, spanPathM, rules.overrideM);

  const segments: PlacedSegment[] = [];
  const half = (places.length - 1) / 2;
  for (let i = 0; i < template.length; i++) {
    const s = template[i]!;
    if (isJunction(s)) {
      segments.push({ kind: s.kind, at: s.at, side: at[(i + 1) / 2]! < half ? 'a' : 'b' });
      continue;
    }
    const k = i / 2;
    const crossesCampus = campusLeg >= 0 && at[k]! <= campusLeg && at[k + 1]! > campusLeg;
    if (s.kind === 'cord') {
      const pathM = template.length === 1 && rules.overrideM !== undefined ? rules.overrideM : spanPathM[k]!;
      const addedM = rules.overrideM === undefined ? round((pathM * rules.slackPercent) / 100) : 0;
      const side = template.length === 1 ? null : i === 0 ? 'a' : 'b';
      segments.push({ kind: 'cord', side, ...span(pathM, addedM, orderLengthM(pathM + addedM)) });
      continue;
    }
    if (crossesCampus !== (s.kind === 'osp-trunk')) {
      return { ok: false, problem: s.kind === 'osp-trunk' ? `osp-trunk ${k} does not join two buildings` : `trunk ${k} crosses the campus: make it an osp-trunk` };
    }
    const pathM = trunkShare[k] ?? spanPathM[k]!;
    const addedM = rules.overrideM === undefined ? 2 * rules.serviceLoopM : 0;
    const sp = span(pathM, addedM, Math.ceil(pathM + addedM - 1e-9));
    segments.push(s.kind === 'osp-trunk' ? { kind: 'osp-trunk', closures: s.closures, ...sp } : { kind: 'trunk', from: places[at[k]!] as PanelPlace, to: places[at[k + 1]!] as PanelPlace, ...sp });
  }
  return { ok: true, segments };
}

function span(pathM: number, addedM: number, lengthM: number): Span {
  return { pathM, addedM, roundingM: round(lengthM - pathM - addedM), lengthM };
}

/** With a length override, trunks share what the cords leave, in proportion to their measured paths. */
function trunkShares(template: ChannelTemplate, spanPathM: readonly number[], overrideM: number | undefined): (number | undefined)[] {
  if (overrideM === undefined || template.length === 1) return [];
  const cordsM = spanPathM[0]! + spanPathM[spanPathM.length - 1]!;
  const trunks = spanPathM.slice(1, -1);
  const trunksM = trunks.reduce((s, m) => s + m, 0);
  const leftM = Math.max(0, overrideM - cordsM);
  return [undefined, ...trunks.map((m) => round(trunksM > 0 ? (leftM * m) / trunksM : leftM / trunks.length)), undefined];
}

/** Segments that are cut or ordered cables (cords and trunks), in chain order. */
export function channelLengthM(segments: readonly PlacedSegment[]): number {
  return round(segments.reduce((s, seg) => s + ('lengthM' in seg ? seg.lengthM : 0), 0));
}
