/** The bill of materials (DOMAIN.md section 4): devices, racks, modules, cables, fiber and power. */
import type { Catalog } from '../catalog/catalog.ts';
import { assertNever } from '../assertNever.ts';
import { addedPowerW } from '../catalog/endPower.ts';
import type { Design, NodeId, RackKind } from '../model/design.ts';
import type { Crossing } from './bandwidth.ts';
import type { CableAssembly } from './cableAssembly.ts';
import { costLines, type Cost } from './costLines.ts';
import type { NodeModules } from './deviceLoads.ts';
import type { Site } from './placement.ts';
import { cableLines, plantLines, type CableLine, type PlantBom, type PlantPart } from './plantBom.ts';
import type { TierRole } from './tiers.ts';

export interface DeviceLine {
  readonly model: string;
  readonly name: string;
  readonly role: TierRole;
  /** The fabric plane of these switches, only in a multi-plane fabric (servers serve every plane). */
  readonly plane?: number;
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
    const role: TierRole = node.kind === 'rack' ? 'server' : node.role;
    const plane = node.kind === 'switch' ? node.plane : undefined;
    const key = `${site.model}\u0000${role}\u0000${plane ?? ''}`;
    const line = devices.get(key);
    devices.set(key, {
      model: site.model,
      name: model?.name ?? site.model,
      role,
      ...(plane === undefined ? {} : { plane }),
      count: (line?.count ?? 0) + site.devices,
      gpus: (line?.gpus ?? 0) + site.devices * (model?.gpus ?? 0),
      powerMaxW: model?.powerMaxW ?? null,
    });
  }
  // network racks that hold switches are counted above; racks without a node of their own are not invented
  return {
    devices: [...devices.values()].sort((x, y) => roleOrder(x.role) - roleOrder(y.role) || x.model.localeCompare(y.model) || (x.plane ?? 0) - (y.plane ?? 0)),
    racks: [...racks].map(([rackKind, count]) => ({ rackKind, count })),
  };
}

/** The BOM from the fleet, the modules per node and the plant parts of every fiber link group (in design order). */
export function buildBom(
  design: Design,
  catalog: Catalog,
  sites: ReadonlyMap<NodeId, Site>,
  fleet: Fleet,
  nodeModules: readonly NodeModules[],
  plantParts: readonly PlantPart[],
  crossings: { readonly halls: readonly Crossing[]; readonly buildings: readonly Crossing[] },
): Bom {
  const modules = new Map<string, { switchSide: number; serverSide: number }>();
  let cableEnds = 0;
  let coPackagedPorts = 0;
  let modulesW = 0;
  let modulesUnpublished = 0;
  const partsUnpublished = new Set<string>();
  for (const nm of nodeModules) {
    const spec = catalog.modules[nm.moduleId];
    if (!spec) continue;
    const watts = addedPowerW(spec);
    modulesW += (watts ?? 0) * nm.count;
    if (watts === null && nm.count > 0) {
      modulesUnpublished += nm.count;
      partsUnpublished.add(nm.moduleId);
    }
    switch (spec.kind) {
      case 'cable-end':
        cableEnds += nm.count;
        break;
      case 'co-packaged':
        coPackagedPorts += nm.count;
        break;
      case 'transceiver': {
        const line = modules.get(nm.moduleId) ?? { switchSide: 0, serverSide: 0 };
        const serverSide = sites.get(nm.nodeId)?.node.kind === 'rack';
        modules.set(nm.moduleId, {
          switchSide: line.switchSide + (serverSide ? 0 : nm.count),
          serverSide: line.serverSide + (serverSide ? nm.count : 0),
        });
        break;
      }
      default:
        assertNever(spec.kind);
    }
  }

  const cables = cableLines(plantParts);
  const plant = plantLines(plantParts, design.settings.spareFiberPercent);
  const byAssembly = new Map<CableAssembly, number>();
  let strands = 0;
  for (const part of plantParts) {
    strands += part.strands;
    byAssembly.set(part.assembly, (byAssembly.get(part.assembly) ?? 0) + part.strands);
  }

  const deviceLines = fleet.devices;
  const devicesMaxW = deviceLines.reduce((sum, d) => sum + (d.powerMaxW ?? 0) * d.count, 0);
  const moduleLines = [...modules].map(([id, counts]) => moduleLine(catalog, id, counts)).sort((x, y) => y.count - x.count || x.module.localeCompare(y.module));
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
      byAssembly: [...byAssembly].filter(([, s]) => s > 0).map(([assembly, s]) => ({ assembly, strands: s, pairs: s / 2 })),
      byHallPair: crossings.halls,
      byBuildingPair: crossings.buildings,
    },
    powerW: {
      modules: Math.round(modulesW * 10) / 10,
      modulesUnpublished,
      modulePartsUnpublished: partsUnpublished.size,
      devicesMax: devicesMaxW,
    },
    devicesWithoutPower: [...new Set(deviceLines.filter((d) => d.powerMaxW === null).map((d) => d.model))],
    cost: costLines(design.prices, deviceLines, moduleLines, cables, plant),
  };
}

function moduleLine(catalog: Catalog, id: string, counts: { switchSide: number; serverSide: number }): ModuleLine {
  const spec = catalog.modules[id]!;
  const count = counts.switchSide + counts.serverSide;
  return {
    module: id,
    part: spec.part,
    name: spec.name,
    formFactor: spec.formFactor,
    count,
    ...counts,
    powerW: spec.powerW,
    powerBasis: spec.powerBasis,
    totalPowerW: spec.powerW === null ? null : Math.round(spec.powerW * count * 10) / 10,
  };
}

const ROLE_ORDER: Record<TierRole, number> = { server: 0, leaf: 1, spine: 2, core: 3, border: 4, management: 5 };
const roleOrder = (r: TierRole) => ROLE_ORDER[r];
