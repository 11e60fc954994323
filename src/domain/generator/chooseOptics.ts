/** Gives each drafted link group the optic ranked best for its measured run, unless the user fixed one. */
import type { Catalog } from '../catalog/catalog.ts';
import { measureGroup } from '../engine/linkRuns.ts';
import { siteOf, type NodeIndex, type Site } from '../engine/placement.ts';
import { rankOptics, type OpticOption } from '../engine/rankOptics.ts';
import { fitEnd } from '../engine/endFit.ts';
import type { DesignNode, LinkGroup, Settings } from '../model/design.ts';
import type { TierOptics } from './params.ts';
import type { DraftLink, DraftTier, FabricTier } from './wireFabric.ts';
import { campusReach } from './campusReach.ts';
import { laneMismatch, type LaneMismatch } from './laneMismatch.ts';
import { addTierOptic, multimodeShortfall, type TierOptic } from './tierOptics.ts';

export type OpticChoice =
  | {
      readonly ok: true;
      readonly links: LinkGroup[];
      /** Groups whose optic leaves cage ports unused, so the port sizing may not hold for them. */
      readonly underfilled: readonly string[];
      /** Why ports go unused where the cause is the two ends' lane rates, once per pair of models. */
      readonly laneMismatches: readonly LaneMismatch[];
      /** What reaches between buildings, for each campus run whose optic leaves cage ports unused. */
      readonly campusAdvice: readonly string[];
      /** Which optic each tier got and why. */
      readonly tiers: readonly TierOptic[];
    }
  | { readonly ok: false; readonly problems: string[] };

/**
 * Measures each group's longest cable with the engine's own length model and takes the first option
 * of `rankOptics` that passes; the ranking puts cage-filling optics first, which the port sizing needs.
 * A run between buildings takes the campus optic when one is given; when nothing passes it, or only
 * an optic that leaves cage ports unused, the problem says in plain words what reaches.
 */
export function chooseOptics(
  nodes: readonly DesignNode[],
  drafts: readonly DraftLink[],
  fixed: TierOptics,
  campusOptic: string | undefined,
  settings: Settings,
  catalog: Catalog,
): OpticChoice {
  const index: NodeIndex = new Map(nodes.map((n) => [n.id, n]));
  const ranked = new Map<string, readonly OpticOption[]>();
  // the words are built only for a run that needs them, once per pair of models at its longest run
  type Campus = (() => string) | null;
  const longestCampus = new Map<string, { modelA: string; modelB: string; rateGbps: number; lengthM: number }>();
  const pick = (d: DraftLink, a: Site, b: Site, modelA: string, modelB: string): Picked | { problem: string } => {
    const run = measureGroup({ id: d.id, a: d.a, b: d.b, count: d.count, optic: '' }, { cables: d.count, fanout: 1, cords: 1 }, a, b, settings, index).longest;
    const rateGbps = d.rateGbps;
    const betweenBuildings = run.path === 'cross-building';
    const key = `${modelA}\u0000${d.portsA ?? ''}\u0000${modelB}\u0000${rateGbps}\u0000${run.path}\u0000${run.lengthM}\u0000${run.segments.length}`;
    let options = ranked.get(key);
    const ports = d.portsA === undefined ? {} : { portsA: d.portsA };
    if (!options) ranked.set(key, (options = rankOptics({ modelA, modelB, lengthM: run.lengthM, path: run.path, segments: run.segments, rateGbps, ...ports }, catalog, settings)));
    const note = { tier: d.tier, betweenBuildings, longestM: run.lengthM };
    // the optics fixed per tier are the compute fabric's; UFM and storage links take the best-ranked one
    const tierOptic = isComputeTier(d.tier) ? fixed[d.tier] : undefined;
    const own = tierOptic ?? (betweenBuildings ? campusOptic : undefined);
    if (own !== undefined) {
      const hosted = fixedOptic(catalog, d.id, own, modelA, modelB, d.portsA);
      if ('problem' in hosted) return hosted;
      const reason = tierOptic !== undefined ? 'fixed' : 'campus';
      return { campus: null, note: { ...note, optic: own, reason, reachM: options.find((o) => o.optic === own)?.fit.reachM ?? null, multimode: null } };
    }
    const chosen = options.find((o) => o.status !== 'error');
    const campus: Campus = betweenBuildings
      ? () => {
          const pair = `${modelA}\u0000${modelB}\u0000${rateGbps}`;
          if ((longestCampus.get(pair)?.lengthM ?? -1) < run.lengthM) longestCampus.set(pair, { modelA, modelB, rateGbps, lengthM: run.lengthM });
          return pair;
        }
      : null;
    if (chosen) {
      const multimode = catalog.optics[chosen.optic]?.medium === 'mmf' ? null : multimodeShortfall(options, catalog);
      return { campus, note: { ...note, optic: chosen.optic, reason: 'ranked', reachM: chosen.fit.reachM, multimode } };
    }
    const where = campus ? `between buildings (${d.id}, ${run.lengthM} m)` : d.id;
    const reach = campus ? ` ${campusReach(catalog, modelA, modelB, rateGbps, run.lengthM)}` : '';
    return { problem: `${where}: no ${rateGbps}G optic that both ${modelA} and ${modelB} can host passes a ${run.lengthM} m ${run.path} run.${reach}` };
  };

  const links: LinkGroup[] = [];
  const underfilled: string[] = [];
  const laneMismatches = new Map<string, LaneMismatch>();
  const problems: string[] = [];
  const tiers: TierOptic[] = [];
  for (const d of drafts) {
    const a = endpointSite(index, d.a);
    const b = endpointSite(index, d.b);
    if (!a?.model || !b?.model) {
      problems.push(`${d.id}: an end has no place or model (generator bug).`);
      continue;
    }
    const choice = pick(d, a, b, a.model, b.model);
    if ('problem' in choice) {
      problems.push(choice.problem);
      continue;
    }
    const { optic } = choice.note;
    addTierOptic(tiers, choice.note);
    links.push({ id: d.id, a: d.a, b: d.b, count: d.count, optic, ...(d.portsA === undefined ? {} : { portsA: d.portsA }) });
    if (!fillsCage(catalog, a.model, optic, d.portsA) || !fillsCage(catalog, b.model, optic)) {
      underfilled.push(d.id);
      choice.campus?.();
      const lanes = laneMismatch(catalog, optic, { model: a.model, ...(d.portsA === undefined ? {} : { ports: d.portsA }) }, { model: b.model });
      if (lanes) laneMismatches.set(`${lanes.short.model}\u0000${lanes.other.model}\u0000${lanes.rateGbps}`, lanes);
    }
  }
  const campusAdvice = [...longestCampus.values()].map((r) => campusReach(catalog, r.modelA, r.modelB, r.rateGbps, r.lengthM));
  return problems.length ? { ok: false, problems: [...new Set(problems)] } : { ok: true, links, underfilled, laneMismatches: [...laneMismatches.values()], campusAdvice, tiers };
}

interface Picked {
  readonly campus: (() => string) | null;
  readonly note: Omit<TierOptic, 'groups'>;
}

/** The user's optic for a tier, unless an end refuses its module's protocol or power class. */
function fixedOptic(catalog: Catalog, id: string, optic: string, modelA: string, modelB: string, portsA: string | undefined): { optic: string } | { problem: string } {
  for (const [model, ports] of [[modelA, portsA], [modelB, undefined]] as const) {
    const fit = fitEnd(catalog, model, optic, ports);
    if (!fit.ok && (fit.reason === 'protocol' || fit.reason === 'power-class')) {
      const why = fit.reason === 'protocol' ? `speaks ${(fit.portGroup.protocols ?? []).join('/')}, its module ${(fit.module.protocols ?? []).join('/')}` : `takes modules up to ${fit.portGroup.highPowerCages?.moduleMaxW ?? fit.portGroup.moduleMaxW} W, its module draws ${fit.module.powerW} W`;
      return { problem: `${id}: ${model} cannot host ${optic} (the port ${why}): fix that tier's optic to one the switch takes.` };
    }
  }
  return { optic };
}

function fillsCage(catalog: Catalog, model: string, optic: string, ports?: string): boolean {
  const fit = fitEnd(catalog, model, optic, ports);
  return fit.ok && fit.fillsCage;
}

const isComputeTier = (tier: DraftTier): tier is FabricTier => tier === 'serverLeaf' || tier === 'leafSpine' || tier === 'spineCore';

function endpointSite(index: NodeIndex, id: string): Site | null {
  const node = index.get(id);
  return node && (node.kind === 'rack' || node.kind === 'switch') ? siteOf(node, index) : null;
}
