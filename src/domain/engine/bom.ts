/** The bill of materials (DOMAIN.md section 4): devices, racks, modules, cables, fiber and power. */
import type { Catalog } from '../catalog/catalog.ts';
import { assertNever } from '../assertNever.ts';
import { addedPowerW } from '../catalog/endPower.ts';
import type { Design, NodeId, RackKind, SwitchFabric } from '../model/design.ts';
import type { Crossing } from './bandwidth.ts';
import type { CableAssembly } from './cableAssembly.ts';
import { costLines, type Cost } from './costLines.ts';
import type { NodeModules } from './deviceLoads.ts';
import type { Site } from './placement.ts';
import type { CableLine, PlantBom } from './plantBom.ts';
import type { PlantTotals } from './plantTotals.ts';
import { Tally } from './tally.ts';
import { roleOf, type TierRole } from './tiers.ts';

export interface DeviceLine {
  readonly model: string;
  readonly name: string;
  readonly role: TierRole;
  /** The fabric plane of these switches, only in a multi-plane fabric (servers serve every plane). */
  readonly plane?: number;
  /** Switches of another network than the compute fabric (a storage fabric), on lines of their own. */
  readonly fabric?: SwitchFabric;
  readonly count: number;
  readonly gpus: number;
  readonly powerMaxW: number | null;
}

export interface RackLine {
  readonly rackKind: RackKind;
  readonly count: number;
}

export interface ModuleLine {
  readonly module: string;
  readonly part: string;
  readonly name: string;
  readonly formFactor: string;
  readonly count: number;
  readonly switchSide: number;
  readonly serverSide: number;
  readonly powerW: number | null;
  readonly powerBasis: 'typ' | 'max';
  readonly totalPowerW: number | null;
}

export type { CableLine } from './plantBom.ts';

export interface FiberTotals {
  readonly strands: number;
  readonly pairs: number;
  readonly byAssembly: readonly { readonly assembly: CableAssembly; readonly strands: number; readonly pairs: number }[];
  readonly byHallPair: readonly Crossing[];
  readonly byBuildingPair: readonly Crossing[];
}

export interface PowerTotals {
  /** Transceivers and active cable ends, at each part's stated basis; a floor when some have no figure. */
  readonly modules: number;
  /** Modules (count) whose part has no published power figure, left out of `modules`. */
  readonly modulesUnpublished: number;
  /** Distinct parts among them. */
  readonly modulePartsUnpublished: number;
  /** Devices at their maximum rating, where one is known. */
  readonly devicesMax: number;
}

export interface Bom {
  readonly devices: readonly DeviceLine[];
  readonly racks: readonly RackLine[];
  readonly modules: readonly ModuleLine[];
  /** Plugs of DAC/ACC/AOC assemblies: they fill cages but are bought as cables. */
  readonly cableEnds: number;
  /** Optical ports of co-packaged-optics switches in use: the link's fiber plugs into the faceplate, no module is bought. */
  readonly coPackagedPorts: number;
  /** Patch cords and direct cables (DAC, AOC, in-rack jumpers, breakout cords), by assembly, grade and length. */
  readonly cables: readonly CableLine[];
  /** The structured plant: trunks, panels, cassettes, harnesses, splice closures. */
  readonly plant: PlantBom;
  readonly fiber: FiberTotals;
  readonly powerW: PowerTotals;
  /** Device models with no published power figure (left out of `powerW.devicesMax`). */
  readonly devicesWithoutPower: readonly string[];
  /** Only when the design has unit prices. */
  readonly cost: Cost | null;
}

/** Devices and racks: what the nodes stand for, independent of the links (kept while the nodes are). */
export interface Fleet {
  readonly devices: readonly DeviceLine[];
  readonly racks: readonly RackLine[];
}

export function fleetOf(sites: ReadonlyMap<NodeId, Site>, catalog: Catalog): Fleet {
  const devices = new Map<string, DeviceLine>();
  const racks = new Map<RackKind, number>();
  for (const site of sites.values()) {
    const node = site.node;
    if (node.kind === 'rack') racks.set(node.rackKind, (racks.get(node.rackKind) ?? 0) + node.quantity);
    if (!site.model || site.devices === 0) continue;
    const model = catalog.devices[site.model];
    const role = roleOf(site);
    const plane = node.kind === 'switch' ? node.plane : undefined;
    const fabric = node.kind === 'switch' ? node.fabric : undefined;
    const key = `${site.model}\u0000${role}\u0000${plane ?? ''}\u0000${fabric ?? ''}`;
    const line = devices.get(key);
    devices.set(key, {
      model: site.model,
      name: model?.name ?? site.model,
      role,
      ...(plane === undefined ? {} : { plane }),
      ...(fabric === undefined ? {} : { fabric }),
      count: (line?.count ?? 0) + site.devices,
      gpus: (line?.gpus ?? 0) + site.devices * (model?.gpus ?? 0),
      powerMaxW: model?.powerMaxW ?? null,
    });
  }
  // network racks that hold switches are counted above; racks without a node of their own are not invented
  return {
    devices: [...devices.values()].sort((x, y) => roleOrder(x.role) - roleOrder(y.role) || x.model.localeCompare(y.model) || (x.plane ?? 0) - (y.plane ?? 0) || (x.fabric ?? '').localeCompare(y.fabric ?? '')),
    racks: [...racks].map(([rackKind, count]) => ({ rackKind, count })),
  };
}

/** Modules of one part on switches and on servers: running sums over the nodes' loads (see Tally). */
export interface ModuleCount {
  readonly module: string;
  readonly switchSide: number;
  readonly serverSide: number;
}

export const moduleTally = () => new Tally<ModuleCount>(['switchSide', 'serverSide']);

/** Adds (`sign` 1) or takes back (-1) the modules of one node, on its side of the links. */
export function addNodeModules(into: Tally<ModuleCount>, modules: readonly NodeModules[], serverSide: boolean, sign: 1 | -1): void {
  for (const m of modules) into.add(m.moduleId, { module: m.moduleId, switchSide: serverSide ? 0 : m.count, serverSide: serverSide ? m.count : 0 }, sign);
}

/** The BOM from the fleet, the modules per part, the plant totals and the crossings. */
export function buildBom(
  design: Design,
  catalog: Catalog,
  fleet: Fleet,
  moduleCounts: readonly ModuleCount[],
  plantTotals: PlantTotals,
  crossings: { readonly halls: readonly Crossing[]; readonly buildings: readonly Crossing[] },
): Bom {
  const transceivers: ModuleLine[] = [];
  let cableEnds = 0;
  let coPackagedPorts = 0;
  let modulesW = 0;
  let modulesUnpublished = 0;
  let partsUnpublished = 0;
  // part by part in id order, so the watts add up the same whatever the order of the edits
  for (const counts of moduleCounts) {
    const spec = catalog.modules[counts.module];
    if (!spec) continue;
    const count = counts.switchSide + counts.serverSide;
    const watts = addedPowerW(spec);
    modulesW += (watts ?? 0) * count;
    if (watts === null && count > 0) {
      modulesUnpublished += count;
      partsUnpublished++;
    }
    switch (spec.kind) {
      case 'cable-end':
        cableEnds += count;
        break;
      case 'co-packaged':
        coPackagedPorts += count;
        break;
      case 'transceiver':
        transceivers.push(moduleLine(catalog, counts));
        break;
      default:
        assertNever(spec.kind);
    }
  }

  const cables = plantTotals.cables();
  const plant = plantTotals.plant(design.settings.spareFiberPercent);
  const byAssembly = plantTotals.strands();
  const strands = byAssembly.reduce((n, a) => n + a.strands, 0);
  const deviceLines = fleet.devices;
  const devicesMaxW = deviceLines.reduce((sum, d) => sum + (d.powerMaxW ?? 0) * d.count, 0);
  const moduleLines = transceivers.sort((x, y) => y.count - x.count || x.module.localeCompare(y.module));
  return {
    devices: deviceLines,
    racks: fleet.racks,
    modules: moduleLines,
    cableEnds,
    coPackagedPorts,
    cables,
    plant,
    fiber: {
      strands,
      pairs: strands / 2,
      byAssembly: byAssembly.filter((a) => a.strands > 0).map((a) => ({ ...a, pairs: a.strands / 2 })),
      byHallPair: crossings.halls,
      byBuildingPair: crossings.buildings,
    },
    powerW: {
      modules: Math.round(modulesW * 10) / 10,
      modulesUnpublished,
      modulePartsUnpublished: partsUnpublished,
      devicesMax: devicesMaxW,
    },
    devicesWithoutPower: [...new Set(deviceLines.filter((d) => d.powerMaxW === null).map((d) => d.model))],
    cost: costLines(design.prices, deviceLines, moduleLines, cables, plant),
  };
}

function moduleLine(catalog: Catalog, counts: ModuleCount): ModuleLine {
  const spec = catalog.modules[counts.module]!;
  const count = counts.switchSide + counts.serverSide;
  return {
    module: counts.module,
    part: spec.part,
    name: spec.name,
    formFactor: spec.formFactor,
    count,
    switchSide: counts.switchSide,
    serverSide: counts.serverSide,
    powerW: spec.powerW,
    powerBasis: spec.powerBasis,
    totalPowerW: spec.powerW === null ? null : Math.round(spec.powerW * count * 10) / 10,
  };
}

const ROLE_ORDER: Record<TierRole, number> = { server: 0, appliance: 1, leaf: 2, spine: 3, core: 4, border: 5, management: 6 };
const roleOrder = (r: TierRole) => ROLE_ORDER[r];
