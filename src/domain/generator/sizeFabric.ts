/** Pure sizing of a fabric: how many SUs, switches and links, before anything is placed. */
import { BUILTIN_CATALOG, type Catalog } from '../catalog/catalog.ts';
import { sizeLeafTier } from './leafTier.ts';
import { resolveParams, validateParams, type FabricParams, type FabricTemplate } from './params.ts';
import { fabricPorts } from './portCounts.ts';
import { sizeUpperTiers } from './upperTiers.ts';

export interface TierLinkCounts {
  readonly serverLeaf: number;
  readonly leafSpine: number;
  readonly spineCore: number;
}

export interface FabricCounts {
  readonly template: FabricTemplate;
  readonly tiers: 2 | 3;
  readonly rateGbps: number;
  readonly servers: number;
  readonly gpus: number;
  readonly sus: number;
  readonly serversPerSu: number;
  /** Servers in the last SU (equal to serversPerSu when it is full). */
  readonly serversInLastSu: number;
  /** Server compute ports, one per rail. */
  readonly railsPerServer: number;
  readonly leavesPerSu: number;
  readonly leaves: number;
  readonly susPerPod: number;
  readonly pods: number;
  readonly spinesPerPod: number;
  readonly spines: number;
  readonly cores: number;
  /** Per leaf, in a full SU. */
  readonly downlinksPerLeaf: number;
  readonly uplinksPerLeaf: number;
  /** Per spine. */
  readonly downlinksPerSpine: number;
  readonly uplinksPerSpine: number;
  readonly downlinksPerCore: number;
  readonly links: TierLinkCounts;
  /** Logical ports per switch at the fabric rate. */
  readonly portsPerSwitch: { readonly leaf: number; readonly spine: number; readonly core: number };
}

export type SizeResult = { readonly ok: true; readonly counts: FabricCounts } | { readonly ok: false; readonly problems: string[] };

/**
 * Sizes for full SUs even when the last is partly populated: switches and switch-to-switch links
 * for full SUs, server links only for servers that exist. Tiers absent: 2 when it fits, else 3.
 */
export function sizeFabric(params: FabricParams, catalog: Catalog = BUILTIN_CATALOG): SizeResult {
  const problems = validateParams(params, catalog);
  if (problems.length) return { ok: false, problems };
  const p = resolveParams(params);
  const found = fabricPorts(catalog, p);
  if (!found.ok) return found;
  const ports = found.ports;

  const leaf = sizeLeafTier(p, ports.rails, ports.leaf);
  if (!leaf.ok) return { ok: false, problems: [leaf.problem] };
  const sus = Math.ceil(p.servers / leaf.serversPerSu);
  const halls = p.halls * p.buildings;
  if (sus < halls) return { ok: false, problems: [`${sus} SUs cannot fill ${halls} halls: use fewer halls or buildings, or smaller SUs.`] };

  const sw = { spineModel: p.spineModel, spinePorts: ports.spine, coreModel: p.coreModel, corePorts: ports.core };
  const upper = sizeUpperTiers(p.tiers, sus, leaf, sw, halls);
  if (!upper.ok) return { ok: false, problems: [upper.problem] };

  const leaves = sus * leaf.leavesPerSu;
  const spines = upper.pods * upper.spinesPerPod;
  return {
    ok: true,
    counts: {
      template: p.template,
      tiers: upper.tiers,
      rateGbps: ports.rateGbps,
      servers: p.servers,
      gpus: p.servers * ports.gpusPerServer,
      sus,
      serversPerSu: leaf.serversPerSu,
      serversInLastSu: p.servers - (sus - 1) * leaf.serversPerSu,
      railsPerServer: ports.rails,
      leavesPerSu: leaf.leavesPerSu,
      leaves,
      susPerPod: upper.susPerPod,
      pods: upper.pods,
      spinesPerPod: upper.spinesPerPod,
      spines,
      cores: upper.cores,
      downlinksPerLeaf: leaf.downlinksPerLeaf,
      uplinksPerLeaf: leaf.uplinksPerLeaf,
      downlinksPerSpine: upper.spineDownlinks,
      uplinksPerSpine: upper.spineUplinks,
      downlinksPerCore: upper.coreDownlinks,
      links: {
        serverLeaf: p.servers * ports.rails,
        leafSpine: leaves * leaf.uplinksPerLeaf,
        spineCore: spines * upper.spineUplinks,
      },
      portsPerSwitch: { leaf: ports.leaf, spine: ports.spine, core: upper.tiers === 3 ? ports.core : 0 },
    },
  };
}
