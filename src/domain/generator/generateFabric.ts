/** Generates an ordinary design from fabric parameters: sized, placed, wired, and fitted with optics. */
import { BUILTIN_CATALOG, type Catalog } from '../catalog/catalog.ts';
import type { CatalogAdditions, Design } from '../model/design.ts';
import { DEFAULT_SETTINGS } from '../model/defaultSettings.ts';
import { analyzeDesign } from '../engine/analyzeDesign.ts';
import { DIRECT_CABLE } from '../engine/channelTemplate.ts';
import { chooseOptics, type OpticChoice } from './chooseOptics.ts';
import { describeLaneMismatch } from './laneMismatch.ts';
import { layoutFabric } from './layoutFabric.ts';
import { resolveParams, type FabricParams } from './params.ts';
import { sizeFabric, type FabricCounts } from './sizeFabric.ts';
import type { TierOptic } from './tierOptics.ts';
import { planStorage, type StoragePlan } from './storage.ts';
import { planUfm, type UfmPlan } from './ufm.ts';
import { wireFabric } from './wireFabric.ts';

export type GenerateResult =
  | {
      readonly ok: true;
      readonly design: Design;
      readonly counts: FabricCounts;
      readonly optics: readonly TierOptic[];
      readonly ufm: UfmPlan;
      readonly storage: StoragePlan;
    }
  | { readonly ok: false; readonly problems: string[] };

/** A design for the parameters, or every reason it cannot be made; never throws on bad input. */
export function generateFabric(params: FabricParams, catalog: Catalog = BUILTIN_CATALOG): GenerateResult {
  const sized = sizeFabric(params, catalog);
  if (!sized.ok) return sized;
  const { counts } = sized;
  const p = resolveParams(params);
  // the target is the ratio asked for, so a deliberate 3:1 is not reported as a fault; in-hall runs are
  // point-to-point cables cut to stocked lengths, as NVIDIA's SuperPOD BOM bills them (RA-11333-001 Table 8:
  // 2,040 MPO-MPO multimode cables, no panels or trunks)
  const settings = { ...DEFAULT_SETTINGS, targetOversubscription: p.oversubscription, channels: { sameHall: DIRECT_CABLE } };
  const ufm = planUfm(counts, p, catalog);
  const storage = planStorage(counts, p, catalog, ufm);
  const layout = layoutFabric(counts, p, catalog, ufm, storage);
  const optics = chooseOptics(layout.nodes, wireFabric(layout, counts, ufm, storage), p.optics, p.campusOptic, settings, catalog);
  if (!optics.ok) return optics;
  const design: Design = {
    name: p.name ?? `${counts.gpus.toLocaleString('en-US')}-GPU ${p.template} fabric (${counts.servers} × ${p.serverModel}, ${counts.tiers} tiers)`,
    settings,
    nodes: layout.nodes,
    links: optics.links,
    catalog: additionsOver(BUILTIN_CATALOG, catalog),
    prices: {},
    layout: {},
  };
  const overfull = optics.underfilled.length ? cagesExceeded(design, optics, catalog) : [];
  return overfull.length ? { ok: false, problems: overfull } : { ok: true, design, counts, optics: optics.tiers, ufm, storage };
}

/**
 * Optics that leave cage ports unused can overrun the cages the port sizing counted on. Where the
 * overrun device is the short end of a lane-rate mismatch, that is the reason given: no optic cures it.
 */
function cagesExceeded(design: Design, { underfilled, laneMismatches, campusAdvice }: Extract<OpticChoice, { ok: true }>, catalog: Catalog): string[] {
  const exhausted = analyzeDesign(design).findings.filter((f) => f.code === 'ports-exhausted');
  const lanes = laneMismatches.flatMap((m) => {
    const worst = exhausted.filter((f) => f.model === m.short.model).sort((x, y) => y.cagesNeeded - x.cagesNeeded)[0];
    return worst ? [describeLaneMismatch(m, { needed: worst.cagesNeeded, has: worst.cages }, catalog)] : [];
  });
  if (lanes.length) return lanes;
  const messages = exhausted.map((f) => f.message);
  const ids = new Set(underfilled);
  const optics = [...new Set(design.links.filter((l) => ids.has(l.id)).map((l) => l.optic))].join(', ');
  const note = `${optics} has no module that carries as many links as the cage has ports: fix that tier's optic to one whose module does, or bring the ends closer.`;
  const advice = campusAdvice.length ? ` Between buildings: ${campusAdvice.join(' ')}` : '';
  return [...new Set(messages)].map((m) => `${m} ${note}${advice}`);
}

/** Entries of `catalog` the built-in tables lack, so the design carries the models it was made from. */
function additionsOver(builtin: Catalog, catalog: Catalog): CatalogAdditions {
  if (catalog === builtin) return {};
  const extra = <T,>(table: Readonly<Record<string, T>>, base: Readonly<Record<string, T>>) =>
    Object.fromEntries(Object.entries(table).filter(([id]) => !(id in base)));
  const out = { optics: extra(catalog.optics, builtin.optics), modules: extra(catalog.modules, builtin.modules), devices: extra(catalog.devices, builtin.devices) };
  return Object.fromEntries(Object.entries(out).filter(([, t]) => Object.keys(t).length > 0));
}
