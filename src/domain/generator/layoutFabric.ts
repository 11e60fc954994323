/** Where a sized fabric stands: buildings, halls, each SU's GPU and leaf racks, spine and core racks. */
import type { Catalog } from '../catalog/catalog.ts';
import { RACK_TYPES } from '../catalog/rackTypes.ts';
import type { DesignNode, FloorPosition, NodeId, SwitchFabric, SwitchRole } from '../model/design.ts';
import type { ResolvedParams } from './params.ts';
import type { FabricCounts } from './sizeFabric.ts';
import { storageGroup, type StoragePlan } from './storage.ts';
import type { UfmPlan } from './ufm.ts';

export interface SuSite {
  /** 1-based, as in the node ids. */
  readonly index: number;
  readonly pod: number;
  /** The SU's GPU rack nodes: full racks, then a partly filled one if any. */
  readonly gpuNodes: readonly { readonly id: NodeId; readonly servers: number }[];
  /** The SU's leaf group in each plane. */
  readonly leafIds: readonly NodeId[];
  /** The SU's storage leaf group, when the design has a storage fabric. */
  readonly storageLeafId: NodeId | null;
}

export interface FabricLayout {
  readonly nodes: readonly DesignNode[];
  readonly sus: readonly SuSite[];
  /** Per plane, the spine group of each pod. */
  readonly spineIds: readonly (readonly NodeId[])[];
  /** Per plane, its core group; empty in two tiers. */
  readonly coreIds: readonly NodeId[];
  /** The management rack of the UFM appliances, when the plan adds them. */
  readonly ufmId: NodeId | null;
  /** The storage fabric's array leaf and spine groups, when the plan adds one. */
  readonly storage: { readonly arrayLeafId: NodeId; readonly spineId: NodeId } | null;
}

/**
 * Plane-specific ids, names and the switches' `plane`: unchanged with one plane, else "p2-su1-leaf" /
 * "Plane 2 SU 1 leaves" / plane 2, so the BOM (a line per plane), report and cut sheet say which
 * plane a switch and a cable belong to.
 */
function planeLabel(counts: FabricCounts, plane: number): { id: (id: string) => string; name: (name: string) => string; plane?: number } {
  if (counts.planes === 1) return { id: (id) => id, name: (name) => name };
  // "Spine group 1" reads "Plane 1 spine group 1"; an abbreviation ("SU 1") keeps its case
  const lead = (name: string) => (/^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name);
  return { id: (id) => `p${plane}-${id}`, name: (name) => `Plane ${plane} ${lead(name)}`, plane };
}

/** Rack units a network rack gives to switches; the rest holds patch panels and power. */
const NETWORK_RACK_SWITCH_RU = 32;
/** Assumed when the catalog gives no height. */
const DEFAULT_SWITCH_RU = 2;
/**
 * At most this many SUs stand side by side in one hall row (with their leaf racks and a gap):
 * four 32-node SUs make a row of about 40 racks, 24 m at 0.6 m pitch, as hall plans do.
 */
export const MAX_SUS_PER_ROW = 4;

/**
 * SUs per row for a hall of `sus` SUs: a hall about as wide as it is deep (an SU is about ten
 * slots wide and two rows deep), so a large hall does not become one long column or one long row.
 */
export function susPerRow(sus: number): number {
  return Math.min(MAX_SUS_PER_ROW, Math.max(1, Math.round(Math.sqrt(sus / 5))));
}

/**
 * SUs go to halls in contiguous blocks (whole pods in three tiers, so a pod never spans halls), and
 * halls fill building by building. In each hall SUs stand susPerRow(SUs in the hall) to a row pair,
 * each SU's GPU racks with its leaf racks (plane by plane) right after them. The network row, with the
 * spine racks of the hall's pods and, in the first hall, the cores, stands in the middle of the SU
 * rows, so the longest leaf-spine run is half the hall's depth: four 32-node SUs then stay within
 * 30 m point-to-point cables, inside multimode reach with margin, as NVIDIA bills them.
 */
export function layoutFabric(counts: FabricCounts, p: ResolvedParams, catalog: Catalog, ufm: UfmPlan, storage: StoragePlan): FabricLayout {
  const nodes: DesignNode[] = [];
  const hallIds: NodeId[] = [];
  for (let b = 1; b <= p.buildings; b++) {
    const buildingId = `bldg-${b}`;
    nodes.push({ id: buildingId, kind: 'building', name: `Building ${b}`, campusM: { x: (b - 1) * p.buildingDistanceM, y: 0 } });
    for (let h = 1; h <= p.halls; h++) {
      const id = `${buildingId}-hall-${h}`;
      nodes.push({ id, kind: 'hall', parent: buildingId, name: `Building ${b} hall ${h}`, entryM: { x: (h - 1) * p.hallDistanceM, y: 0 } });
      hallIds.push(id);
    }
  }
  // blocks are whole pods in three tiers, single SUs in two (the one pod would fill a single hall)
  const blockSus = counts.tiers === 3 ? counts.susPerPod : 1;
  const blocks = counts.tiers === 3 ? counts.pods : counts.sus;
  const hallOfSu = (k: number) => Math.floor((Math.floor((k - 1) / blockSus) * hallIds.length) / blocks);
  const susInHall = new Map<number, number>();
  const hallTotals = new Map<number, number>();
  for (let k = 1; k <= counts.sus; k++) hallTotals.set(hallOfSu(k), (hallTotals.get(hallOfSu(k)) ?? 0) + 1);
  const perRow = (hall: number) => susPerRow(hallTotals.get(hall) ?? 1);
  const sus: SuSite[] = [];
  // slots one SU takes in its row (GPU racks, leaf racks, one gap); every SU of a design is alike
  let suWidth = Math.ceil(counts.serversPerSu / p.serversPerRack) + 2;
  for (let k = 1; k <= counts.sus; k++) {
    const pod = Math.floor((k - 1) / counts.susPerPod);
    const hall = hallOfSu(k);
    const j = susInHall.get(hall) ?? 0;
    susInHall.set(hall, j + 1);
    const row = suRow(j, perRow(hall), hallTotals.get(hall) ?? 1);
    const first = (j % perRow(hall)) * suWidth;
    const servers = k < counts.sus ? counts.serversPerSu : counts.serversInLastSu;
    const { gpuNodes, racks } = gpuRacks(`su${k}`, `SU ${k}`, hallIds[hall]!, { row, slot: first }, servers, p, nodes);
    const leafIds: NodeId[] = [];
    let width = racks;
    for (let plane = 1; plane <= counts.planes; plane++) {
      const label = planeLabel(counts, plane);
      const leaves = { id: label.id(`su${k}-leaf`), name: label.name(`SU ${k} leaves`), role: 'leaf', model: p.switchModel, quantity: counts.leavesPerSu, plane: label.plane } as const;
      width += switchRacks(nodes, catalog, leaves, hallIds[hall]!, { row, slot: first + width });
      leafIds.push(leaves.id);
    }
    // the SU's storage leaves stand beside its compute leaves, as its GPU racks' other network
    let storageLeafId: NodeId | null = null;
    if (storage.kind === 'added') {
      const leaves = { ...storageGroup(storage, 'server'), id: `su${k}-storage-leaf`, name: `SU ${k} storage leaves` };
      width += switchRacks(nodes, catalog, leaves, hallIds[hall]!, { row, slot: first + width });
      storageLeafId = leaves.id;
    }
    suWidth = Math.max(suWidth, width + 1);
    sus.push({ index: k, pod, gpuNodes, leafIds, storageLeafId });
  }

  const networkSlot = new Map<number, number>();
  const inNetworkRow = (hall: number, group: SwitchGroup) => {
    const slot = networkSlot.get(hall) ?? 0;
    const floor = { row: networkRow(Math.ceil((susInHall.get(hall) ?? 0) / perRow(hall))), slot };
    networkSlot.set(hall, slot + switchRacks(nodes, catalog, group, hallIds[hall]!, floor));
  };
  const spineIds: NodeId[][] = [];
  const coreIds: NodeId[] = [];
  for (let plane = 1; plane <= counts.planes; plane++) {
    const label = planeLabel(counts, plane);
    const planeSpines: NodeId[] = [];
    for (let pod = 1; pod <= counts.pods; pod++) {
      const group = { id: label.id(`spine-g${pod}`), name: label.name(`Spine group ${pod}`), role: 'spine', model: p.spineModel, quantity: counts.spinesPerPod, plane: label.plane } as const;
      inNetworkRow(hallOfSu((pod - 1) * counts.susPerPod + 1), group);
      planeSpines.push(group.id);
    }
    spineIds.push(planeSpines);
    if (counts.cores > 0) {
      const core = { id: label.id('core'), name: label.name('Core'), role: 'core', model: p.coreModel, quantity: counts.cores / counts.planes, plane: label.plane } as const;
      inNetworkRow(0, core);
      coreIds.push(core.id);
    }
  }
  // the storage spines and array leaves stand in the network row of the last SU's hall, beside the UFM appliances
  let storageIds: FabricLayout['storage'] = null;
  if (storage.kind === 'added') {
    const spines = { ...storageGroup(storage, 'spine'), id: 'storage-spine', name: 'Storage spines' };
    const arrays = { ...storageGroup(storage, 'array'), id: 'storage-array-leaf', name: 'Storage array leaves' };
    inNetworkRow(hallOfSu(counts.sus), spines);
    inNetworkRow(hallOfSu(counts.sus), arrays);
    storageIds = { arrayLeafId: arrays.id, spineId: spines.id };
  }
  // the UFM appliances' management rack stands in the network row of the hall whose leaves they join
  let ufmId: NodeId | null = null;
  if (ufm.kind === 'added') {
    const hall = hallOfSu(ufm.su);
    const slot = networkSlot.get(hall) ?? 0;
    const floor = { row: networkRow(Math.ceil((susInHall.get(hall) ?? 0) / perRow(hall))), slot };
    ufmId = 'ufm';
    nodes.push({ id: ufmId, kind: 'rack', parent: hallIds[hall]!, name: 'UFM appliances', rackKind: 'management', floor, contents: { model: ufm.model, perRack: ufm.appliances }, quantity: 1 });
  }
  return { nodes, sus, spineIds, coreIds, ufmId, storage: storageIds };
}

/** The network row of a hall with `suRows` SU rows: the row pair after the first half of them. */
function networkRow(suRows: number): number {
  return 2 * Math.ceil(suRows / 2);
}

/** The row of a hall's j-th SU (0-based): row pairs in order, skipping the network row. */
function suRow(j: number, perRow: number, susInHall: number): number {
  const row = 2 * Math.floor(j / perRow);
  return row >= networkRow(Math.ceil(susInHall / perRow)) ? row + 2 : row;
}

/** An SU's GPU racks: one node for the full racks, one for a partly filled last rack. */
function gpuRacks(prefix: string, name: string, hallId: NodeId, start: FloorPosition, servers: number, p: ResolvedParams, nodes: DesignNode[]) {
  const perRack = p.serversPerRack;
  const full = Math.floor(servers / perRack);
  const rest = servers % perRack;
  const gpuNodes: { id: NodeId; servers: number }[] = [];
  const add = (id: NodeId, label: string, slot: number, inRack: number, quantity: number) => {
    nodes.push({ id, kind: 'rack', parent: hallId, name: label, rackKind: 'gpu', floor: { row: start.row, slot: start.slot + slot }, contents: { model: p.serverModel, perRack: inRack }, quantity });
    gpuNodes.push({ id, servers: inRack * quantity });
  };
  // a rack-scale system's racks go by its name (e.g. "SU 1 NVIDIA GB300 NVL72 racks")
  const kind = (p.rackType !== undefined && RACK_TYPES.get(p.rackType)?.name) || 'GPU';
  if (full > 0) add(`${prefix}-gpu`, `${name} ${kind} racks`, 0, perRack, full);
  if (rest > 0) add(`${prefix}-gpu-rest`, `${name} last GPU rack`, full, rest, 1);
  return { gpuNodes, racks: full + (rest > 0 ? 1 : 0) };
}

export interface SwitchGroup {
  readonly id: NodeId;
  readonly name: string;
  readonly role: SwitchRole;
  readonly model: string;
  readonly quantity: number;
  readonly plane: number | undefined;
  readonly fabric?: SwitchFabric;
  readonly targetOversubscription?: number;
}

/** A switch group in as many network racks as its switches need; returns the racks used. */
function switchRacks(nodes: DesignNode[], catalog: Catalog, group: SwitchGroup, hallId: NodeId, floor: FloorPosition): number {
  const perRack = Math.max(1, Math.floor(NETWORK_RACK_SWITCH_RU / (catalog.devices[group.model]?.rackUnits ?? DEFAULT_SWITCH_RU)));
  const racks = Math.ceil(group.quantity / perRack);
  const rackId = `${group.id}-rack`;
  nodes.push({ id: rackId, kind: 'rack', parent: hallId, name: `${group.name} racks`, rackKind: 'network', floor, quantity: racks });
  const plane = group.plane === undefined ? {} : { plane: group.plane };
  const fabric = group.fabric === undefined ? {} : { fabric: group.fabric };
  const target = group.targetOversubscription === undefined ? {} : { targetOversubscription: group.targetOversubscription };
  nodes.push({ id: group.id, kind: 'switch', parent: rackId, name: group.name, model: group.model, role: group.role, ...plane, ...fabric, ...target, quantity: group.quantity });
  return racks;
}
