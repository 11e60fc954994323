/** What the fabric generator is asked for, its defaults, and the checks that run before any sizing. */
import type { Catalog } from '../catalog/catalog.ts';
import { RACK_TYPES, RACK_TYPE_IDS } from '../catalog/rackTypes.ts';
import { fabricPorts } from './portCounts.ts';
import { DEFAULT_STORAGE_ARRAY_PORTS } from './storage.ts';

export type FabricTemplate = 'rail-optimized' | 'leaf-spine';
export const FABRIC_TEMPLATES: readonly FabricTemplate[] = ['rail-optimized', 'leaf-spine'];

/** Fixed optic ids per tier; a tier left out gets the optic ranked best for its measured length. */
export interface TierOptics {
  readonly serverLeaf?: string;
  readonly leafSpine?: string;
  readonly spineCore?: string;
}

export interface FabricParams {
  readonly template: FabricTemplate;
  readonly servers: number;
  /** With a rack type, its compute tray model. */
  readonly serverModel: string;
  /** A rack-scale system (RACK_TYPES id, e.g. gb200-nvl72): servers are its compute trays, racks are whole. */
  readonly rackType?: string;
  /**
   * Independent fabrics each server port is split over (2 = Spectrum-X twin-plane: an 800G port as
   * 2 × 400G, one per plane). Absent: 1 when the leaf runs the server's port rate, else the split it runs.
   */
  readonly planes?: number;
  /** The leaf model; spines and cores default to it. */
  readonly switchModel: string;
  readonly spineModel?: string;
  readonly coreModel?: string;
  /** Absent: the smallest tier count that fits. */
  readonly tiers?: 2 | 3;
  /**
   * Servers per scalable unit. Rail-optimized default: one leaf per rail, so as many servers as a
   * leaf has down ports (32 on 64-port leaves, 72 on 144-port ones); a rack type's SU of whole racks;
   * leaf-spine default fills its leaves.
   */
  readonly suServers?: number;
  /** Leaf down:up ratio R meaning R:1 (1 = non-blocking). */
  readonly oversubscription?: number;
  /** Leaf ports kept free (storage, management, spares), per leaf. */
  readonly reservedLeafPorts?: number;
  readonly serversPerRack?: number;
  /** Halls in each building. */
  readonly halls?: number;
  readonly buildings?: number;
  readonly buildingDistanceM?: number;
  readonly hallDistanceM?: number;
  readonly optics?: TierOptics;
  /** The optic of every link group that runs between buildings (overrides the ranking there). */
  readonly campusOptic?: string;
  /**
   * UFM appliances and their links to the last SU's leaves on an InfiniBand fabric, as NVIDIA builds
   * the SuperPOD (default true; Ethernet fabrics have none). False leaves them out.
   */
  readonly ufm?: boolean;
  /**
   * An InfiniBand storage fabric on the servers' storage ports, as NVIDIA builds the SuperPOD's
   * (default false; see storage.ts).
   */
  readonly storage?: boolean;
  /** Storage-fabric leaf ports kept for the storage arrays (not published: the vendor's figure; default 48). */
  readonly storageArrayPorts?: number;
  readonly name?: string;
}

/** The parameters with every default filled in (suServers stays optional: its default needs the catalog). */
export interface ResolvedParams extends Required<Omit<FabricParams, 'tiers' | 'suServers' | 'name' | 'rackType' | 'planes' | 'campusOptic'>> {
  readonly campusOptic: string | undefined;
  readonly tiers: 2 | 3 | undefined;
  readonly rackType: string | undefined;
  /** Absent: inferred from the ports (fabricPorts). */
  readonly planes: number | undefined;
  readonly suServers: number | undefined;
  readonly name: string | undefined;
}

/** NVIDIA DGX SuperPOD H100 scalable unit: 32 nodes, 4 per rack; the leaf-spine SU aims at this size. */
export const SUPERPOD_SU_SERVERS = 32;

export function resolveParams(p: FabricParams): ResolvedParams {
  const rack = p.rackType === undefined ? undefined : RACK_TYPES.get(p.rackType);
  return {
    template: p.template,
    servers: p.servers,
    serverModel: p.serverModel,
    switchModel: p.switchModel,
    spineModel: p.spineModel ?? p.switchModel,
    coreModel: p.coreModel ?? p.switchModel,
    rackType: p.rackType,
    planes: p.planes,
    tiers: p.tiers,
    suServers: p.suServers ?? (rack ? rack.racksPerSu * rack.computeTrays : undefined),
    oversubscription: p.oversubscription ?? 1,
    reservedLeafPorts: p.reservedLeafPorts ?? 0,
    serversPerRack: p.serversPerRack ?? rack?.computeTrays ?? 4,
    halls: p.halls ?? 1,
    buildings: p.buildings ?? 1,
    buildingDistanceM: p.buildingDistanceM ?? 500,
    hallDistanceM: p.hallDistanceM ?? 50,
    optics: p.optics ?? {},
    campusOptic: p.campusOptic,
    ufm: p.ufm ?? true,
    storage: p.storage ?? false,
    storageArrayPorts: p.storageArrayPorts ?? DEFAULT_STORAGE_ARRAY_PORTS,
    name: p.name,
  };
}

/** Every problem with the parameters, in words a user can act on; empty when they can be sized. */
export function validateParams(params: FabricParams, catalog: Catalog): string[] {
  const p = resolveParams(params);
  const problems: string[] = [];
  const whole = (label: string, value: number, min: number) => {
    if (!Number.isInteger(value) || value < min) problems.push(`${label} must be a whole number of at least ${min} (got ${value}).`);
  };
  if (!FABRIC_TEMPLATES.includes(p.template)) problems.push(`template must be one of ${FABRIC_TEMPLATES.join(', ')} (got ${String(p.template)}).`);
  whole('servers', p.servers, 1);
  if (p.suServers !== undefined) whole('suServers (servers per scalable unit)', p.suServers, 1);
  whole('reservedLeafPorts', p.reservedLeafPorts, 0);
  whole('serversPerRack', p.serversPerRack, 1);
  whole('halls (per building)', p.halls, 1);
  whole('buildings', p.buildings, 1);
  if (p.planes !== undefined) whole('planes', p.planes, 1);
  if (typeof p.ufm !== 'boolean') problems.push(`ufm must be true or false (got ${String(p.ufm)}).`);
  if (typeof p.storage !== 'boolean') problems.push(`storage must be true or false (got ${String(p.storage)}).`);
  whole('storageArrayPorts (leaf ports kept for the storage arrays)', p.storageArrayPorts, 1);
  problems.push(...rackTypeProblems(p));
  if (p.tiers !== undefined && p.tiers !== 2 && p.tiers !== 3) problems.push(`tiers must be 2 or 3 (got ${String(p.tiers)}).`);
  if (!Number.isFinite(p.oversubscription) || p.oversubscription < 1) {
    problems.push(`oversubscription must be 1 or more (3 means 3:1 down:up at the leaf; got ${p.oversubscription}).`);
  }
  for (const [label, m] of [['buildingDistanceM', p.buildingDistanceM], ['hallDistanceM', p.hallDistanceM]] as const) {
    if (!Number.isFinite(m) || m < 0) problems.push(`${label} must be a distance of 0 m or more (got ${m}).`);
  }

  // the port checks need a usable plane count; its own message is already there
  if (p.planes !== undefined && !(Number.isInteger(p.planes) && p.planes >= 1)) return problems;
  const ports = fabricPorts(catalog, p);
  if (!ports.ok) return [...problems, ...ports.problems];
  const rateGbps = ports.ports.rateGbps;
  const fixed: [string, string | undefined][] = [...Object.entries(p.optics).map(([tier, optic]): [string, string | undefined] => [`optics.${tier}`, optic]), ['campusOptic', p.campusOptic]];
  for (const [label, optic] of fixed) {
    if (optic === undefined) continue;
    const spec = catalog.optics[optic];
    if (!spec) problems.push(`${label}: unknown optic "${optic}".`);
    else if (spec.rateGbps !== rateGbps) {
      problems.push(`${label}: ${optic} runs at ${spec.rateGbps}G but the fabric runs at ${rateGbps}G (the server's port rate${ports.ports.planes > 1 ? ` over ${ports.ports.planes} planes` : ''}).`);
    }
  }
  return problems;
}

/** A rack type fixes the tray model and the trays per rack, and its racks are sold whole. */
function rackTypeProblems(p: ResolvedParams): string[] {
  if (p.rackType === undefined) return [];
  const rack = RACK_TYPES.get(p.rackType);
  if (!rack) return [`rackType must be one of ${RACK_TYPE_IDS.join(', ')} (got ${p.rackType}).`];
  const problems: string[] = [];
  if (p.serverModel !== rack.trayModel) problems.push(`serverModel: a ${p.rackType} rack holds ${rack.trayModel} compute trays (got ${p.serverModel}).`);
  if (p.serversPerRack !== rack.computeTrays) problems.push(`serversPerRack: a ${p.rackType} rack holds ${rack.computeTrays} compute trays (got ${p.serversPerRack}).`);
  if (Number.isInteger(p.servers) && p.servers % rack.computeTrays !== 0) {
    problems.push(`servers (compute trays) must fill whole ${p.rackType} racks of ${rack.computeTrays} (got ${p.servers}).`);
  }
  return problems;
}
