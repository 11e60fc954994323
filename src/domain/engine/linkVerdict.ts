/** Everything the engine says about one link group: length, loss, modules, fiber and findings. */
import type { Catalog } from '../catalog/catalog.ts';
import { FIBER_FAMILY, FIBER_GRADES, type OpticSpec } from '../catalog/types.ts';
import type { LinkGroup, Settings } from '../model/design.ts';
import type { CableRun, LengthTerm, PathKind } from './cableLength.ts';
import type { PlacedSegment } from './channel.ts';
import { cordsPerLink } from './cableAssembly.ts';
import { channelEnds } from './connectorClass.ts';
import { fitEnd, speaks, type EndFit, type HostedEnd } from './endFit.ts';
import type { Finding, LinkEnd, Severity } from './findings.ts';
import { linkLoss } from './linkLoss.ts';
import { measureGroup, type RunShare } from './linkRuns.ts';
import { fitOptic, type OpticFit, type Plant } from './opticFit.ts';
import type { NodeIndex, Site } from './placement.ts';
import { defaultGrade, plantFor } from './plant.ts';
import { suggestOptic } from './rankOptics.ts';
import { linkCables, linkFanout } from './linkCables.ts';
import { reachAlternatives } from './reachAlternatives.ts';
import { rxWindow, type RxWindow } from './rxWindow.ts';
import { roleOf } from './tiers.ts';

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
    fit = fitOptic(opticA, run.lengthM, plant, reachLimit(endA, endB));
    if (opticB && opticB !== opticA) fit = stricter(fit, fitOptic(opticB, run.lengthM, plant));
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

/** `other` is the far end's site: links to appliances (UFM) carry management, not balanced traffic, so they may land on some devices only. */
function checkEnd(end: LinkEnd, site: Site, other: Site, link: LinkGroup, opticId: string, endLinks: number, ctx: LinkContext, findings: Finding[]): EndFit | null {
  if (!site.model) return null;
  const ports = end === 'a' ? link.portsA : link.portsB;
  const fit = fitEnd(ctx.catalog, site.model, opticId, ports);
  const base = { severity: 'error' as const, linkId: link.id, end, nodeId: site.node.id, model: site.model, optic: opticId };
  if (!fit.ok && fit.reason === 'unknown-port-group') {
    findings.push({ code: 'port-group-unknown', severity: 'error', linkId: link.id, end, nodeId: site.node.id, model: site.model, portGroup: ports ?? '', portGroups: fit.portGroups });
  }
  if (!fit.ok && fit.reason === 'form-factor') findings.push({ code: 'form-factor-mismatch', ...base, cages: fit.cages });
  if (!fit.ok && fit.reason === 'speed') {
    const rateGbps = ctx.catalog.optics[opticId]?.rateGbps ?? 0;
    findings.push({ code: 'speed-mismatch', ...base, rateGbps, portRatesGbps: fit.portRatesGbps });
  }
  if (site.devices > 0 && endLinks % site.devices !== 0 && roleOf(other) !== 'appliance') {
    findings.push({
      code: 'uneven-spread',
      severity: 'warning',
      linkId: link.id,
      end,
      nodeId: site.node.id,
      count: endLinks,
      devices: site.devices,
      remainder: endLinks % site.devices,
    });
  }
  return fit;
}

/** False (with a fiber-mismatch finding) when the optic is not specified on the link's fiber. */
function plantFits(link: LinkGroup, optic: OpticSpec, plant: Plant, findings: Finding[]): boolean {
  if (!plant.fiber || (optic.medium !== 'smf' && optic.medium !== 'mmf')) return true;
  if (FIBER_FAMILY[plant.fiber] === optic.medium && optic.reachM[plant.fiber] !== undefined) return true;
  const specifiedOn = FIBER_GRADES.filter((g) => optic.reachM[g] !== undefined);
  findings.push({ code: 'fiber-mismatch', severity: 'error', linkId: link.id, optic: link.optic, fiber: plant.fiber, specifiedOn });
  return false;
}

/** A to B; B to A as well where the ends run different optics (a breakout), since Tx and Rx then differ. */
function windowsOf(link: LinkGroup, opticA: OpticSpec, opticBId: string, opticB: OpticSpec, loss: ReturnType<typeof linkLoss>): RxWindow[] {
  const fiberLoss = opticA.medium === 'smf' || opticA.medium === 'mmf' ? loss : null;
  const ab = rxWindow(link.optic, opticA, opticBId, opticB, fiberLoss);
  return opticBId === link.optic ? [ab] : [ab, rxWindow(opticBId, opticB, link.optic, opticA, fiberLoss)];
}

/** No silent pass: an optic without a published budget on this fiber gets a warning, never ok. */
function unverifiedFindings(
  link: LinkGroup,
  optics: readonly (readonly [string, OpticSpec])[],
  run: CableRun,
  plant: Plant,
  ctx: LinkContext,
  a: Site,
  b: Site,
): Finding[] {
  const { fiber } = plant;
  if (!fiber) return [];
  const unverified = [...new Map(optics)].filter(([, optic]) => optic.maxChannelLossDb[fiber] === undefined);
  const suggestion = unverified.length ? suggestOptic(link, a, b, run, ctx, true) : null;
  const lossDb = linkLoss(run.lengthM, run.lengthM, plant).maxDb;
  return unverified.map(([optic]) => ({ code: 'loss-unverified', severity: 'warning', linkId: link.id, optic, fiber, lengthM: run.lengthM, lossDb, suggestion }));
}

function rxFindings(link: LinkGroup, windows: readonly RxWindow[]): Finding[] {
  const out: Finding[] = [];
  for (const w of windows) {
    if (w.attenuatorDb !== null && w.lossMinDb !== null) {
      out.push({ code: 'loss-below-minimum', severity: 'error', linkId: link.id, optic: w.rxOptic, lossMinDb: w.lossMinDb, rxMaxDbm: w.rxMaxDbm, overloadDbm: w.overloadDbm, attenuatorDb: w.attenuatorDb });
    } else if (w.status === 'near-threshold' && w.crossesWarnDbm !== null) {
      out.push({ code: 'rx-near-threshold', severity: 'warning', linkId: link.id, optic: w.rxOptic, rxMinDbm: w.rxMinDbm, rxMaxDbm: w.rxMaxDbm, thresholdDbm: w.crossesWarnDbm, derived: w.dom?.derived ?? false });
    }
  }
  return out;
}

/** An end whose cage refuses the module's protocol or power, and two ends that speak different protocols. */
function protocolFindings(link: LinkGroup, a: Site, b: Site, endA: EndFit | null, endB: EndFit | null, run: CableRun, ctx: LinkContext): Finding[] {
  const out: Finding[] = [];
  for (const [end, site, fit] of [['a', a, endA], ['b', b, endB]] as const) {
    if (!fit || fit.ok || !site.model || (fit.reason !== 'protocol' && fit.reason !== 'power-class')) continue;
    const optic = end === 'a' ? link.optic : (link.opticB ?? link.optic);
    if (fit.reason === 'protocol') {
      const suggestion = suggestOptic(link, a, b, run, ctx);
      out.push({ code: 'protocol-mismatch', severity: 'error', linkId: link.id, end, nodeId: site.node.id, model: site.model, optic, module: fit.moduleId, expected: fit.portGroup.protocols ?? [], found: fit.module.protocols ?? [], suggestion });
    } else {
      const { portGroup } = fit;
      out.push({
        code: 'power-class-exceeded',
        severity: 'error',
        nodeId: site.node.id,
        model: site.model,
        portGroup: portGroup.purpose,
        module: fit.moduleId,
        powerW: fit.module.powerW ?? 0,
        cageMaxW: portGroup.moduleMaxW ?? 0,
        highPowerMaxW: portGroup.highPowerCages?.moduleMaxW ?? null,
        highPowerNeeded: null,
        highPowerCages: null,
        linkIds: [link.id],
      });
    }
  }
  if (endA?.ok && endB?.ok && b.model && !speaks(endA.portGroup.protocols, endB.portGroup.protocols)) {
    out.push({ code: 'protocol-mismatch', severity: 'error', linkId: link.id, end: null, nodeId: b.node.id, model: b.model, optic: link.optic, module: null, expected: endB.portGroup.protocols ?? [], found: endA.portGroup.protocols ?? [], suggestion: null });
  }
  return out;
}

function plantFindings(
  link: LinkGroup,
  plant: Plant,
  fit: OpticFit,
  run: CableRun,
  ctx: LinkContext,
  a: Site,
  b: Site,
  findings: Finding[],
): void {
  const needsSuggestion = fit.reachStatus === 'exceeded' || fit.lossStatus === 'exceeded' || fit.lossStatus === 'low-margin';
  const lengthM = run.lengthM;
  const suggestion = needsSuggestion ? suggestOptic(link, a, b, run, ctx) : null;
  if (fit.reachM !== null && (fit.reachStatus === 'exceeded' || fit.reachStatus === 'near')) {
    findings.push({
      code: 'reach-exceeded',
      severity: fit.reachStatus === 'exceeded' ? 'error' : 'warning',
      linkId: link.id,
      optic: link.optic,
      lengthM,
      reachM: fit.reachM,
      fiber: plant.fiber,
      suggestion: fit.reachStatus === 'exceeded' ? suggestion : null,
      alternatives:
        fit.reachStatus === 'exceeded' && !suggestion && plant.fiber && a.model && b.model
          ? reachAlternatives(ctx.catalog, [a.model, b.model], ctx.catalog.optics[link.optic]?.rateGbps ?? 0, plant.fiber, lengthM)
          : [],
    });
  }
  if (fit.lossDb !== null && fit.budgetDb !== null && fit.marginDb !== null && fit.lossStatus !== 'ok') {
    findings.push({
      code: 'loss-budget-exceeded',
      severity: fit.lossStatus === 'exceeded' ? 'error' : 'warning',
      linkId: link.id,
      optic: link.optic,
      lengthM,
      lossDb: fit.lossDb,
      budgetDb: fit.budgetDb,
      marginDb: fit.marginDb,
      connections: plant.connections,
      connectorLossDb: plant.connectorLossDb,
      splices: plant.splices,
      suggestion,
    });
  }
}

/** Fanout of a breakout from `parent` to `child`, or null when the pair is not a defined breakout. */
function reachLimit(a: EndFit | null, b: EndFit | null): number | undefined {
  const limits = [a, b].flatMap((e) => (e?.ok && e.module.reachLimitM !== undefined ? [e.module.reachLimitM] : []));
  return limits.length ? Math.min(...limits) : undefined;
}

const REACH_RANK = { ok: 0, unspecified: 0, near: 1, exceeded: 2 } as const;
const LOSS_RANK = { ok: 0, 'no-budget': 0, 'low-margin': 1, exceeded: 2 } as const;

/** For breakouts both optics must hold: keep the worse verdict of the two. */
function stricter(x: OpticFit, y: OpticFit): OpticFit {
  const reach = REACH_RANK[y.reachStatus] > REACH_RANK[x.reachStatus] ? y : x;
  const loss = LOSS_RANK[y.lossStatus] > LOSS_RANK[x.lossStatus] ? y : x;
  return { ...reach, lossDb: loss.lossDb, budgetDb: loss.budgetDb, marginDb: loss.marginDb, lossStatus: loss.lossStatus };
}

export function statusOf(findings: readonly { severity: Severity }[]): LinkStatus {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  return findings.length ? 'warning' : 'ok';
}
