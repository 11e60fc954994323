/** Which port group of a device hosts an optic, and which module goes in the cage. */
import type { Catalog } from '../catalog/catalog.ts';
import { moduleFitsCage } from '../catalog/cageFit.ts';
import type { ModuleSpec, PortGroupSpec } from '../catalog/types.ts';

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
    }
  | {
      readonly ok: false;
      readonly reason: 'form-factor' | 'speed' | 'unknown-model' | 'unknown-optic';
      readonly cages: readonly string[];
      readonly portRatesGbps: readonly number[];
    };

/** An end whose device hosts the optic. */
export type HostedEnd = Extract<EndFit, { readonly ok: true }>;

const cache = new WeakMap<Catalog, Map<string, EndFit>>();

/** How a device model takes an optic; memoised per catalog, since designs repeat the same pairs. */
export function fitEnd(catalog: Catalog, modelId: string, opticId: string): EndFit {
  let byKey = cache.get(catalog);
  if (!byKey) cache.set(catalog, (byKey = new Map()));
  const key = `${modelId}\u0000${opticId}`;
  let fit = byKey.get(key);
  if (!fit) byKey.set(key, (fit = computeFit(catalog, modelId, opticId)));
  return fit;
}

function computeFit(catalog: Catalog, modelId: string, opticId: string): EndFit {
  const model = catalog.devices[modelId];
  const optic = catalog.optics[opticId];
  if (!model) return { ok: false, reason: 'unknown-model', cages: [], portRatesGbps: [] };
  const cages = model.portGroups.map((g) => (g.heatsink ? `${g.formFactor} (${g.heatsink} top)` : g.formFactor));
  const portRatesGbps = [...new Set(model.portGroups.flatMap((g) => g.modes.map((m) => m.rateGbps)))].sort((x, y) => y - x);
  if (!optic) return { ok: false, reason: 'unknown-optic', cages, portRatesGbps };

  let anyCageFits = false;
  for (const [portGroupIndex, portGroup] of model.portGroups.entries()) {
    const candidates = modulesFor(catalog, opticId, portGroup);
    if (candidates.length === 0) continue;
    anyCageFits = true;
    const mode = portGroup.modes.find((m) => m.rateGbps === optic.rateGbps);
    if (!mode) continue;
    // A twin-port cage wants a twin-port module: prefer the module whose port count matches the mode.
    const best =
      candidates.find((c) => c.linksPerModule === mode.ports) ??
      candidates.filter((c) => c.linksPerModule <= mode.ports).sort((x, y) => y.linksPerModule - x.linksPerModule)[0];
    if (!best) continue;
    return { ok: true, portGroupIndex, portGroup, ...best, fillsCage: best.linksPerModule >= mode.ports };
  }
  return { ok: false, reason: anyCageFits ? 'speed' : 'form-factor', cages, portRatesGbps };
}

interface Candidate {
  readonly moduleId: string;
  readonly module: ModuleSpec;
  readonly linksPerModule: number;
}

function modulesFor(catalog: Catalog, opticId: string, portGroup: PortGroupSpec): Candidate[] {
  const out: Candidate[] = [];
  for (const [moduleId, module] of Object.entries(catalog.modules)) {
    if (!moduleFitsCage(module, portGroup)) continue;
    const carries = module.carries.find((c) => c.optic === opticId);
    if (carries) out.push({ moduleId, module, linksPerModule: carries.linksPerModule });
  }
  return out;
}
