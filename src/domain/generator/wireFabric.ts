/** The link groups of a laid-out fabric, before optics are chosen. */
import type { NodeId } from '../model/design.ts';
import type { FabricLayout } from './layoutFabric.ts';
import type { FabricCounts, TierLinkCounts } from './sizeFabric.ts';
import { STORAGE_PORTS, STORAGE_PORTS_PER_SERVER, type StorageFabric, type StoragePlan } from './storage.ts';
import type { UfmPlan } from './ufm.ts';

export type FabricTier = keyof TierLinkCounts;
/** The tiers of the compute fabric, the UFM appliances' links to leaves, and the storage fabric's tiers. */
export type DraftTier = FabricTier | 'ufmLeaf' | 'storageLeaf' | 'storageSpine' | 'ufmStorage';

export interface DraftLink {
  readonly tier: DraftTier;
  readonly id: string;
  readonly a: NodeId;
  readonly b: NodeId;
  readonly count: number;
  readonly rateGbps: number;
  /** The port group at end A, when not the model's first (a server's storage ports). */
  readonly portsA?: string;
}

const draft = (tier: DraftTier, a: NodeId, b: NodeId, count: number, rateGbps: number): DraftLink => ({ tier, id: `${a}--${b}`, a, b, count, rateGbps });

/**
 * Each group joins two grouped nodes completely: the engine deals a group's links to A devices in
 * blocks and to B devices round robin, so NIC i of every server lands on leaf i of its SU, every
 * leaf sends uplinks/spines links to each spine of its pod, and each pod's spines spread over the
 * cores. Each plane is wired the same way to its own switches.
 */
export function wireFabric(layout: FabricLayout, counts: FabricCounts, ufm: UfmPlan, storage: StoragePlan): DraftLink[] {
  const links: DraftLink[] = [];
  const rate = counts.rateGbps;
  for (let plane = 0; plane < counts.planes; plane++) {
    for (const su of layout.sus) {
      for (const gpu of su.gpuNodes) links.push(draft('serverLeaf', gpu.id, su.leafIds[plane]!, gpu.servers * counts.railsPerServer, rate));
    }
    const spineIds = layout.spineIds[plane]!;
    for (const su of layout.sus) {
      links.push(draft('leafSpine', su.leafIds[plane]!, spineIds[su.pod]!, counts.leavesPerSu * counts.uplinksPerLeaf, rate));
    }
    const coreId = layout.coreIds[plane];
    if (coreId) {
      for (const spineId of spineIds) links.push(draft('spineCore', spineId, coreId, counts.spinesPerPod * counts.uplinksPerSpine, rate));
    }
  }
  // UFM links go to the leaves of the SU whose ports were left free for them, dealt one per leaf
  const ufmSu = ufm.kind === 'added' ? layout.sus[ufm.su - 1] : undefined;
  if (ufm.kind === 'added' && layout.ufmId && ufmSu) links.push(draft('ufmLeaf', layout.ufmId, ufmSu.leafIds[0]!, ufm.links, rate));
  if (storage.kind === 'added' && layout.storage) links.push(...wireStorage(layout, layout.storage, storage));
  return links;
}

/**
 * Each server's storage pair to its SU's storage leaves (dealt round robin: port 1 to leaf 1, port 2
 * to leaf 2), every storage leaf to every storage spine, and the UFM appliances' second ports to the
 * array leaves.
 */
function wireStorage(layout: FabricLayout, ids: NonNullable<FabricLayout['storage']>, s: StorageFabric): DraftLink[] {
  const links: DraftLink[] = [];
  for (const su of layout.sus) {
    if (!su.storageLeafId) continue;
    for (const gpu of su.gpuNodes) {
      links.push({ ...draft('storageLeaf', gpu.id, su.storageLeafId, gpu.servers * STORAGE_PORTS_PER_SERVER, s.rateGbps), portsA: STORAGE_PORTS });
    }
    links.push(draft('storageSpine', su.storageLeafId, ids.spineId, s.serverLeavesPerSu * s.upPerServerLeaf, s.rateGbps));
  }
  links.push(draft('storageSpine', ids.arrayLeafId, ids.spineId, s.arrayLeaves * s.upPerArrayLeaf, s.rateGbps));
  if (layout.ufmId && s.links.ufm) links.push(draft('ufmStorage', layout.ufmId, ids.arrayLeafId, s.links.ufm, s.rateGbps));
  return links;
}
