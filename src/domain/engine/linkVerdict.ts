/** Everything the engine says about one link group: length, loss, modules, fiber and findings. */
import type { Catalog } from '../catalog/catalog.ts';
import type { LinkGroup, Settings } from '../model/design.ts';
import type { CableRun, LengthTerm, PathKind } from './cableLength.ts';
import type { PlacedSegment } from './channel.ts';
import { cordsPerLink } from './cableAssembly.ts';
import { checkEnd } from './checkEnd.ts';
import { channelEnds } from './connectorClass.ts';
import type { HostedEnd } from './endFit.ts';
import type { Finding, Severity } from './findings.ts';
import { groupFit } from './groupFit.ts';
import { linkLoss } from './linkLoss.ts';
import { measureGroup, type RunShare } from './linkRuns.ts';
import type { OpticFit, Plant } from './opticFit.ts';
import type { NodeIndex, Site } from './placement.ts';
import { defaultGrade, plantFor } from './plant.ts';
import { plantFindings, plantFits, unverifiedFindings } from './plantFindings.ts';
import { protocolFindings } from './protocolFindings.ts';
import { linkCables, linkFanout } from './linkCables.ts';
import { rxFindings, windowsOf } from './rxFindings.ts';
import type { RxWindow } from './rxWindow.ts';

export type LinkStatus = 'ok' | 'warning' | 'error';

export interface LinkVerdict {
  readonly linkId: string;
  readonly status: LinkStatus;
  readonly path: PathKind;
  /** Longest cable of the group, as ordered (after slack and rounding). */
  readonly lengthM: number;
  readonly shortestM: number;
  readonly terms: readonly LengthTerm[];
  readonly cablesByLengthM: ReadonlyMap<number, number>;
  /** The longest cable's channel, device A to device B. */
  readonly segments: readonly PlacedSegment[];
  /** Each distinct run of the group with the cables, cords and legs that take it (what the plant BOM aggregates). */
  readonly runCounts: ReadonlyMap<CableRun, RunShare>;
  readonly plant: Plant;
  readonly fit: OpticFit | null;
  readonly rateGbps: number;
  readonly capacityGbps: number;
  /** Physical cables: one per link, or per parent link of a breakout. */
  readonly cables: number;
  /** Child links per cable: the breakout's fanout, else 1. */
  readonly fanout: number;
  /** Cords one cable path needs at the A end (a twin-port 2xDR4 link takes two MPO-12 paths). */
  readonly cordsPerCable: number;
  readonly strands: number;
  readonly endA: HostedEnd | null;
  readonly endB: HostedEnd | null;
  /** Expected Rx power, A to B (and B to A where the ends' optics differ); empty when the plant does not fit the optic. */
  readonly commissioning: readonly RxWindow[];
  readonly findings: readonly Finding[];
}

export interface LinkContext {
  readonly catalog: Catalog;
  readonly settings: Settings;
  readonly nodes: NodeIndex;
}

/** The verdict for one link group between two resolved sites. */
export function linkVerdict(link: LinkGroup, a: Site, b: Site, ctx: LinkContext): LinkVerdict {
  const { catalog, settings } = ctx;
  const findings: Finding[] = [];
  const opticA = catalog.optics[link.optic];
  const opticBId = link.opticB ?? link.optic;
  const opticB = catalog.optics[opticBId];
  const fanout = linkFanout(link, catalog);
  const cables = linkCables(link, fanout);

  for (const id of new Set([link.optic, opticBId])) {
    if (!catalog.optics[id]) findings.push({ code: 'unknown-optic', severity: 'error', linkId: link.id, optic: id });
  }
  if (opticA && opticB && fanout === null) {
    findings.push({ code: 'optic-mismatch', severity: 'error', linkId: link.id, opticA: link.optic, opticB: opticBId });
  }

  const endA = opticA ? checkEnd('a', a, b, link, link.optic, cables, ctx, findings) : null;
  const endB = opticB ? checkEnd('b', b, a, link, opticBId, link.count, ctx, findings) : null;

  const direct = !opticA || (opticA.medium !== 'smf' && opticA.medium !== 'mmf');
  const cordsPerCable = opticA ? cordsPerLink(opticA) : 1;
  const runs = measureGroup(link, { cables, fanout: fanout ?? 1, cords: cordsPerCable }, a, b, settings, ctx.nodes, direct);
  const path = runs.longest.path;
  if (runs.longest.channelProblem) {
    findings.push({ code: 'channel-mismatch', severity: 'error', linkId: link.id, path, problem: runs.longest.channelProblem });
  }
  const ends = opticA ? channelEnds(opticA, opticB) : null;
  const plant = plantFor(link, link.fiber ?? defaultGrade(opticA, settings), runs.longest.segments, ends, path, settings);
  let fit: OpticFit | null = null;
  let commissioning: RxWindow[] = [];
  const run = runs.longest;
  if (opticA) {
    fit = groupFit(opticA, opticB, run.lengthM, plant, endA, endB);
    if (plantFits(link, opticA, plant, findings)) {
      plantFindings(link, plant, fit, run, ctx, a, b, findings);
      if (opticB) {
        commissioning = windowsOf(link, opticA, opticBId, opticB, linkLoss(run.lengthM, runs.shortestM, plant));
        findings.push(...unverifiedFindings(link, [[link.optic, opticA], [opticBId, opticB]], run, plant, ctx, a, b));
        findings.push(...rxFindings(link, commissioning));
      }
    }
  }
  findings.push(...protocolFindings(link, a, b, endA, endB, run, ctx));

  const rateGbps = opticB?.rateGbps ?? opticA?.rateGbps ?? 0;
  return {
    linkId: link.id,
    status: statusOf(findings),
    path,
    lengthM: runs.longest.lengthM,
    shortestM: runs.shortestM,
    terms: runs.longest.terms,
    cablesByLengthM: runs.byLengthM,
    segments: runs.longest.segments,
    runCounts: runs.runCounts,
    plant,
    fit,
    rateGbps,
    capacityGbps: rateGbps * link.count,
    cables,
    fanout: fanout ?? 1,
    cordsPerCable,
    strands: (opticA?.strands ?? 0) * cables,
    endA: endA?.ok ? endA : null,
    endB: endB?.ok ? endB : null,
    commissioning,
    findings,
  };
}

export function statusOf(findings: readonly { severity: Severity }[]): LinkStatus {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  return findings.length ? 'warning' : 'ok';
}

