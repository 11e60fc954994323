/** Which port group of a device hosts an optic, and which module goes in the cage. */
import type { Catalog } from '../catalog/catalog.ts';
import { moduleFitsCage } from '../catalog/cageFit.ts';
import { matchesCageLanes } from '../catalog/laneRate.ts';
import type { ModuleSpec, OpticSpec, PortGroupSpec, Protocol } from '../catalog/types.ts';

export type EndFit =
  | {
      readonly ok: true;
      readonly portGroupIndex: number;
      readonly portGroup: PortGroupSpec;
      readonly moduleId: string;
      readonly module: ModuleSpec;
      readonly linksPerModule: number;
      /** The module uses every port of its cage (a single-port module in a twin-port cage does not). */
      readonly fillsCage: boolean;
      /** The module draws more than the ordinary cages' power class: it needs one of the high-power cages. */
      readonly needsHighPowerCage: boolean;
      /** The module meets the cage on the cage's own lane rate (not a 100G-lane part in a 200G-lane cage); true where either rate is unknown. */
      readonly matchesLaneRate: boolean;
    }
  | {
      readonly ok: false;
      readonly reason: 'form-factor' | 'speed' | 'unknown-model' | 'unknown-optic';
      readonly cages: readonly string[];
      readonly portRatesGbps: readonly number[];
    }
  | {
      /** The link names a port group the model does not have; `portGroups` are the ones it has. */
      readonly ok: false;
      readonly reason: 'unknown-port-group';
      readonly portGroups: readonly string[];
    }
  | {
      /** A cage takes the module's form factor and speed, but not its protocol or its power. */
      readonly ok: false;
      readonly reason: 'protocol' | 'power-class';
      readonly portGroup: PortGroupSpec;
      readonly moduleId: string;
      readonly module: ModuleSpec;
      readonly cages: readonly string[];
      readonly portRatesGbps: readonly number[];
    };

/** An end whose device hosts the optic. */
export type HostedEnd = Extract<EndFit, { readonly ok: true }>;

const cache = new WeakMap<Catalog, Map<string, EndFit>>();

/**
 * How a device model takes an optic; memoised per catalog, since designs repeat the same pairs.
 * `ports` (a port group's purpose) confines the fit to that group; without it the first group that hosts the optic.
 */
export function fitEnd(catalog: Catalog, modelId: string, opticId: string, ports?: string): EndFit {
  let byKey = cache.get(catalog);
  if (!byKey) cache.set(catalog, (byKey = new Map()));
  const key = `${modelId}\u0000${opticId}\u0000${ports ?? ''}`;
  let fit = byKey.get(key);
  if (!fit) byKey.set(key, (fit = computeFit(catalog, modelId, opticId, ports)));
  return fit;
}

function computeFit(catalog: Catalog, modelId: string, opticId: string, ports: string | undefined): EndFit {
  const model = catalog.devices[modelId];
  const optic = catalog.optics[opticId];
  if (!model) return { ok: false, reason: 'unknown-model', cages: [], portRatesGbps: [] };
  const groups = [...model.portGroups.entries()].filter(([, g]) => ports === undefined || g.purpose === ports);
  if (!groups.length) return { ok: false, reason: 'unknown-port-group', portGroups: model.portGroups.map((g) => g.purpose) };
  const cages = groups.map(([, g]) => (g.heatsink ? `${g.formFactor} (${g.heatsink} top)` : g.formFactor));
  const portRatesGbps = [...new Set(groups.flatMap(([, g]) => g.modes.map((m) => m.rateGbps)))].sort((x, y) => y - x);
  if (!optic) return { ok: false, reason: 'unknown-optic', cages, portRatesGbps };

  let anyCageFits = false;
  let refused: EndFit | null = null;
  for (const [portGroupIndex, portGroup] of groups) {
    const candidates = modulesFor(catalog, optic, opticId, portGroup);
    if (candidates.length === 0) continue;
    anyCageFits = true;
    const mode = portGroup.modes.find((m) => m.rateGbps === optic.rateGbps);
    if (!mode) continue;
    const spoken = candidates.filter((c) => speaks(c.module.protocols, portGroup.protocols));
    const powered = spoken
      .filter((c) => c.module.powerW === null || c.module.powerW <= classOf(portGroup))
      .sort((x, y) => preference(y, portGroup) - preference(x, portGroup));
    const first = candidates[0];
    if (!powered.length && first) {
      const reason = spoken.length ? 'power-class' : 'protocol';
      const rejected = reason === 'protocol' ? first : (spoken[0] ?? first);
      refused ??= { ok: false, reason, portGroup, moduleId: rejected.moduleId, module: rejected.module, cages, portRatesGbps };
      continue;
    }
    // A twin-port cage wants a twin-port module: prefer the module whose port count matches the mode.
    const best =
      powered.find((c) => c.linksPerModule === mode.ports) ??
      powered.filter((c) => c.linksPerModule <= mode.ports).sort((x, y) => y.linksPerModule - x.linksPerModule)[0];
    if (!best) continue;
    const needsHighPowerCage = best.module.powerW !== null && portGroup.moduleMaxW !== undefined && best.module.powerW > portGroup.moduleMaxW;
    return { ok: true, portGroupIndex, portGroup, ...best, fillsCage: best.linksPerModule >= mode.ports, needsHighPowerCage };
  }
  return refused ?? { ok: false, reason: anyCageFits ? 'speed' : 'form-factor', cages, portRatesGbps };
}

/** Protocols agree unless both sides publish theirs and share none. */
export function speaks(a: readonly Protocol[] | undefined, b: readonly Protocol[] | undefined): boolean {
  return !a || !b || a.some((p) => b.includes(p));
}

/**
 * Among modules that fit, run the mode and speak the port's protocol: one on the cage's lane rate
 * first, then one that publishes the port's protocol before one that publishes none (on an Ethernet
 * Tomahawk 6 cage the IEEE 1.6T DR8 part before NVIDIA's XDR twin-port, which lists no protocol).
 */
function preference(c: Candidate, group: PortGroupSpec): number {
  const published = c.module.protocols !== undefined && group.protocols !== undefined;
  return (c.matchesLaneRate ? 2 : 0) + (published ? 1 : 0);
}

/** The highest module power any cage of the group takes; unlimited where none is published. */
function classOf(group: PortGroupSpec): number {
  return group.highPowerCages?.moduleMaxW ?? group.moduleMaxW ?? Infinity;
}

interface Candidate {
  readonly moduleId: string;
  readonly module: ModuleSpec;
  readonly linksPerModule: number;
  readonly matchesLaneRate: boolean;
}

function modulesFor(catalog: Catalog, optic: OpticSpec, opticId: string, portGroup: PortGroupSpec): Candidate[] {
  const out: Candidate[] = [];
  for (const [moduleId, module] of Object.entries(catalog.modules)) {
    if (!moduleFitsCage(module, portGroup)) continue;
    const carries = module.carries.find((c) => c.optic === opticId);
    if (carries) out.push({ moduleId, module, linksPerModule: carries.linksPerModule, matchesLaneRate: matchesCageLanes(module, optic, portGroup) });
  }
  return out;
}

/** The port groups (by purpose, in catalog order) of a model that can host the optic: the choices for a link end. */
export function fittingPortGroups(catalog: Catalog, modelId: string, opticId: string): string[] {
  const purposes = [...new Set((catalog.devices[modelId]?.portGroups ?? []).map((g) => g.purpose))];
  return purposes.filter((purpose) => fitEnd(catalog, modelId, opticId, purpose).ok);
}
