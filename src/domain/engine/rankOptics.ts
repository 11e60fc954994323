/** Ranks the catalog's optics for one run: which would pass, with what margin, at what power. */
import type { Catalog } from '../catalog/catalog.ts';
import { addedPowerW } from '../catalog/endPower.ts';
import { FIBER_FAMILY } from '../catalog/types.ts';
import type { LinkGroup, Settings } from '../model/design.ts';
import type { CableRun, PathKind } from './cableLength.ts';
import { placeChannel, type PlacedSegment } from './channel.ts';
import { templateFor } from './channelTemplate.ts';
import { channelEnds } from './connectorClass.ts';
import { fitEnd } from './endFit.ts';
import type { OpticSuggestion } from './findings.ts';
import { fitOptic, type OpticFit } from './opticFit.ts';
import { defaultGrade, plantFor, type PlantOverrides } from './plant.ts';
import type { Site } from './placement.ts';

export type OptionStatus = 'ok' | 'warning' | 'error';

export interface OpticOption {
  readonly optic: string;
  readonly status: OptionStatus;
  readonly fit: OpticFit;
  readonly rateGbps: number;
  readonly strands: number;
  readonly moduleA: string;
  readonly moduleB: string;
  /** Both ends' modules use every port of their cages; otherwise half a twin-port cage is lost. */
  readonly fillsCages: boolean;
  /** Both ends' modules run at their cages' lane rate (see catalog/laneRate.ts). */
  readonly matchesLaneRate: boolean;
  /** Module power per link, both ends (a co-packaged port adds none); null when a module's power is unknown. */
  readonly wattsPerLink: number | null;
  /** The loss was checked against a published budget (copper and AOC assemblies have none to check). */
  readonly verified: boolean;
}

export interface RunQuery {
  readonly modelA: string;
  readonly modelB: string;
  readonly lengthM: number;
  readonly path: PathKind;
  /** The link's own overrides (fiber grade, connections, losses) when it has any. */
  readonly link?: PlantOverrides;
  /** The channel the run takes; else the design's template for the path. */
  readonly segments?: readonly PlacedSegment[];
  /** Only optics of this rate. */
  readonly rateGbps?: number;
  /** The port groups the ends land on (LinkGroup portsA / portsB); absent: the model's first that fits. */
  readonly portsA?: string;
  readonly portsB?: string;
}

const STATUS_RANK: Record<OptionStatus, number> = { ok: 0, warning: 1, error: 2 };

/**
 * Every optic both ends can host: passes first; then the fastest rate (a port's bandwidth is what
 * the architect bought; a 100G optic is not a cheaper 400G one); among those, optics whose modules fill the cages
 * (a half-used twin-port cage costs a port per module), then optics whose modules run at the cages' lane rate
 * (200G lanes on a 200G-lane switch, not a 100G-lane 800G part), then a loss checked against a published budget before an
 * unverified one, then ok before a warning, then cheapest in watts, then the shortest reach
 * class that still passes (FR4 before LR4-10 for a 600 m run: the cheaper part), then fewer fiber
 * strands (duplex FR4 before parallel DR4-2), then widest margin.
 */
export function rankOptics(query: RunQuery, catalog: Catalog, settings: Settings): OpticOption[] {
  const options: OpticOption[] = [];
  const segments = query.segments ?? templateSegments(query.path, query.lengthM, settings);
  for (const [id, optic] of Object.entries(catalog.optics)) {
    if (query.rateGbps !== undefined && optic.rateGbps !== query.rateGbps) continue;
    const a = fitEnd(catalog, query.modelA, id, query.portsA);
    const b = fitEnd(catalog, query.modelB, id, query.portsB);
    if (!a.ok || !b.ok) continue;
    const own = query.link?.fiber;
    const fiber = own && (optic.medium === 'smf' || optic.medium === 'mmf') && FIBER_FAMILY[own] === optic.medium ? own : defaultGrade(optic, settings);
    const fiberChannel = optic.medium === 'smf' || optic.medium === 'mmf';
    const plant = plantFor(query.link ?? {}, fiber, fiberChannel ? segments : [], channelEnds(optic, undefined), query.path, settings);
    const reachLimits = [a.module.reachLimitM, b.module.reachLimitM].filter((x): x is number => x !== undefined);
    const fit = fitOptic(optic, query.lengthM, plant, reachLimits.length ? Math.min(...reachLimits) : undefined);
    const verified = fit.lossStatus !== 'no-budget' || !plant.fiber;
    const [wattsA, wattsB] = [addedPowerW(a.module), addedPowerW(b.module)];
    const watts = wattsA === null || wattsB === null ? null : wattsA / a.linksPerModule + wattsB / b.linksPerModule;
    options.push({
      optic: id,
      status: statusOfFit(fit, verified),
      fit,
      rateGbps: optic.rateGbps,
      strands: optic.strands,
      moduleA: a.moduleId,
      moduleB: b.moduleId,
      fillsCages: a.fillsCage && b.fillsCage,
      matchesLaneRate: a.matchesLaneRate && b.matchesLaneRate,
      wattsPerLink: watts === null ? null : Math.round(watts * 100) / 100,
      verified,
    });
  }
  return options.sort(
    (x, y) =>
      Number(x.status === 'error') - Number(y.status === 'error') ||
      y.rateGbps - x.rateGbps ||
      Number(y.fillsCages) - Number(x.fillsCages) ||
      Number(y.matchesLaneRate) - Number(x.matchesLaneRate) ||
      Number(y.verified) - Number(x.verified) ||
      STATUS_RANK[x.status] - STATUS_RANK[y.status] ||
      (x.wattsPerLink ?? Infinity) - (y.wattsPerLink ?? Infinity) ||
      (x.fit.reachM ?? Infinity) - (y.fit.reachM ?? Infinity) ||
      x.strands - y.strands ||
      (y.fit.marginDb ?? 0) - (x.fit.marginDb ?? 0) ||
      x.optic.localeCompare(y.optic),
  );
}

/** The best other optic of the same rate that passes this link, for a finding's fix; `verifiedOnly`: one with a published budget. */
export function suggestOptic(
  link: LinkGroup,
  a: Site,
  b: Site,
  run: CableRun,
  ctx: { readonly catalog: Catalog; readonly settings: Settings },
  verifiedOnly = false,
): OpticSuggestion | null {
  const current = ctx.catalog.optics[link.optic];
  if (!a.model || !b.model || !current) return null;
  const query: RunQuery = {
    modelA: a.model,
    modelB: b.model,
    lengthM: run.lengthM,
    path: run.path,
    segments: run.segments,
    link,
    rateGbps: current.rateGbps,
    portsA: link.portsA,
    portsB: link.portsB,
  };
  // a passing optic whose loss was checked, before one that only passes for want of a budget
  const passing = rankOptics(query, ctx.catalog, ctx.settings).filter((o) => o.optic !== link.optic && o.status !== 'error');
  const best = passing.find((o) => o.verified) ?? (verifiedOnly ? undefined : passing[0]);
  if (!best || best.fit.reachM === null) return null;
  return { optic: best.optic, reachM: best.fit.reachM, marginDb: best.fit.marginDb };
}

/** The junctions and closures of the design's template for a run of the path (only a short same-hall run's length matters). */
function templateSegments(path: PathKind, lengthM: number, settings: Settings): readonly PlacedSegment[] {
  const legs = path === 'same-rack' ? 1 : path === 'same-hall' ? 3 : path === 'cross-hall' ? 5 : 7;
  const placed = placeChannel(templateFor(path, settings, undefined, lengthM), path, new Array<number>(legs).fill(0), { slackPercent: 0, serviceLoopM: 0 });
  return placed.ok ? placed.segments : [];
}

/** As the link's own verdict would be: an unverified loss is a warning, never ok. */
function statusOfFit(fit: OpticFit, verified: boolean): OptionStatus {
  if (fit.reachStatus === 'exceeded' || fit.lossStatus === 'exceeded') return 'error';
  if (fit.reachStatus === 'near' || fit.lossStatus === 'low-margin' || !verified) return 'warning';
  return 'ok';
}
