/** What a generator dialog shows before the user commits: the sizing plus the engine's module and fiber totals. */
import { BUILTIN_CATALOG, type Catalog } from '../catalog/catalog.ts';
import { analyzeDesign } from '../engine/analyzeDesign.ts';
import { generateFabric } from './generateFabric.ts';
import type { FabricParams } from './params.ts';
import type { FabricCounts } from './sizeFabric.ts';
import type { TierOptic } from './tierOptics.ts';
import { describeStorage, type StoragePlan } from './storage.ts';
import { describeUfm } from './ufm.ts';

export interface FabricPreview {
  readonly counts: FabricCounts;
  /** Which optic each tier got and why. */
  readonly optics: readonly TierOptic[];
  /** What the generator did about UFM appliances, in a sentence; null when there is nothing to say (Ethernet, or turned off). */
  readonly ufm: string | null;
  /** What the generator did about a storage fabric, in a sentence; null when none was asked for. */
  readonly storage: string | null;
  /** The storage fabric's switches and links, when one was added. */
  readonly storageCounts: StorageCounts | null;
  /** GPU-less appliances the design holds (UFM), from the engine's summary. */
  readonly appliances: number;
  /** Transceiver modules, switch and server side (DAC/AOC plugs are cables, not modules). */
  readonly modules: number;
  readonly fiberPairs: number;
  readonly cables: number;
  readonly errors: number;
  readonly warnings: number;
}

export interface StorageCounts {
  readonly leaves: number;
  readonly spines: number;
  /** Server–leaf and leaf–spine links (UFM links not included). */
  readonly links: number;
  readonly arrayPorts: number;
}

export type PreviewResult = { readonly ok: true; readonly preview: FabricPreview } | { readonly ok: false; readonly problems: string[] };

export function previewFabric(params: FabricParams, catalog: Catalog = BUILTIN_CATALOG): PreviewResult {
  const generated = generateFabric(params, catalog);
  if (!generated.ok) return generated;
  const analysis = analyzeDesign(generated.design);
  return {
    ok: true,
    preview: {
      counts: generated.counts,
      optics: generated.optics,
      ufm: describeUfm(generated.ufm, catalog),
      storage: describeStorage(generated.storage, catalog),
      storageCounts: storageCounts(generated.storage),
      appliances: analysis.summary.appliances,
      modules: analysis.bom.modules.reduce((sum, m) => sum + m.count, 0),
      fiberPairs: analysis.bom.fiber.pairs,
      cables: analysis.summary.cables,
      errors: analysis.summary.errors,
      warnings: analysis.summary.warnings,
    },
  };
}

function storageCounts(plan: StoragePlan): StorageCounts | null {
  if (plan.kind !== 'added') return null;
  return { leaves: plan.serverLeaves + plan.arrayLeaves, spines: plan.spines, links: plan.links.serverLeaf + plan.links.leafSpine, arrayPorts: plan.arrayPorts };
}
