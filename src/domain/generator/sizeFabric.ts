/** Pure sizing of a fabric: how many SUs, switches and links, before anything is placed. */
import { BUILTIN_CATALOG, type Catalog } from '../catalog/catalog.ts';
import { RACK_TYPES } from '../catalog/rackTypes.ts';
import { sizeLeafTier } from './leafTier.ts';
import { resolveParams, validateParams, type FabricParams, type FabricTemplate } from './params.ts';
import { fabricPorts } from './portCounts.ts';
import { sizeUpperTiers } from './upperTiers.ts';

export interface TierLinkCounts {
  readonly serverLeaf: number;
  readonly leafSpine: number;
  readonly spineCore: number;
}

/**
 * Switch and link counts are totals over all planes; per-SU, per-pod and per-switch figures are those
 * of one plane (every plane is alike).
 */
export interface FabricCounts {
  readonly template: FabricTemplate;
  readonly tiers: 2 | 3;
  /** Independent fabrics, each with its own leaves, spines and cores. */
  readonly planes: number;
  /** Link rate in each plane. */
  readonly rateGbps: number;
  /** The server's native compute-port rate: planes × rateGbps. */
  readonly serverPortGbps: number;
  readonly servers: number;
  readonly gpus: number;
  /** The rack type's id when the servers are trays of rack-scale systems. */
  readonly rackType: string | null;
  /** GPU racks (whole racks of a rack type, or servers over servers per rack). */
  readonly gpuRacks: number;
  /** NVLink switch trays of a rack type's racks (0 without one). */
  readonly nvlinkSwitchTrays: number;
  readonly sus: number;
  readonly serversPerSu: number;
  /** Servers in the last SU (equal to serversPerSu when it is full). */
  readonly serversInLastSu: number;
  /** Server compute ports, one per rail. */
  readonly railsPerServer: number;
  readonly leavesPerSu: number;
  /** Rail-optimized: leaves per rail of an SU (1 unless the SU has more servers than a leaf has down ports). */
  readonly leavesPerRail: number;
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
  /** Links at rateGbps, all planes. */
  readonly links: TierLinkCounts;
  /** The same links in cables of the server's port rate (NVIDIA's counting: one 800G unit carries a 400G link of each plane). */
  readonly cableUnits: TierLinkCounts;
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

  const planes = ports.planes;
  const leaves = sus * leaf.leavesPerSu;
  const spines = upper.pods * upper.spinesPerPod;
  const perPlane: TierLinkCounts = {
    serverLeaf: p.servers * ports.rails,
    leafSpine: leaves * leaf.uplinksPerLeaf,
    spineCore: spines * upper.spineUplinks,
  };
  const rack = p.rackType === undefined ? undefined : RACK_TYPES.get(p.rackType);
  const gpuRacks = Math.ceil(p.servers / p.serversPerRack);
  return {
    ok: true,
    counts: {
      template: p.template,
      tiers: upper.tiers,
      planes,
      rateGbps: ports.rateGbps,
      serverPortGbps: ports.serverPortGbps,
      servers: p.servers,
      gpus: p.servers * ports.gpusPerServer,
      rackType: rack ? p.rackType! : null,
      gpuRacks,
      nvlinkSwitchTrays: rack ? gpuRacks * rack.nvlinkSwitchTrays : 0,
      sus,
      serversPerSu: leaf.serversPerSu,
      serversInLastSu: p.servers - (sus - 1) * leaf.serversPerSu,
      railsPerServer: ports.rails,
      leavesPerSu: leaf.leavesPerSu,
      leavesPerRail: leaf.leavesPerRail,
      leaves: planes * leaves,
      susPerPod: upper.susPerPod,
      pods: upper.pods,
      spinesPerPod: upper.spinesPerPod,
      spines: planes * spines,
      cores: planes * upper.cores,
      downlinksPerLeaf: leaf.downlinksPerLeaf,
      uplinksPerLeaf: leaf.uplinksPerLeaf,
      downlinksPerSpine: upper.spineDownlinks,
      uplinksPerSpine: upper.spineUplinks,
      downlinksPerCore: upper.coreDownlinks,
      links: scale(perPlane, planes),
      // one cable unit of the server's port rate per link of each plane: the per-plane count
      cableUnits: perPlane,
      portsPerSwitch: { leaf: ports.leaf, spine: ports.spine, core: upper.tiers === 3 ? ports.core : 0 },
    },
  };
}

function scale(links: TierLinkCounts, factor: number): TierLinkCounts {
  return { serverLeaf: links.serverLeaf * factor, leafSpine: links.leafSpine * factor, spineCore: links.spineCore * factor };
}
