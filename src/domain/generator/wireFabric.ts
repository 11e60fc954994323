/** The link groups of a laid-out fabric, before optics are chosen. */
import type { NodeId } from '../model/design.ts';
import type { FabricLayout } from './layoutFabric.ts';
import type { FabricCounts, TierLinkCounts } from './sizeFabric.ts';
import type { UfmPlan } from './ufm.ts';

export type FabricTier = keyof TierLinkCounts;
/** The tiers of the compute fabric, and the UFM appliances' links to leaves. */
export type DraftTier = FabricTier | 'ufmLeaf';

export interface DraftLink {
  readonly tier: DraftTier;
  readonly id: string;
  readonly a: NodeId;
  readonly b: NodeId;
  readonly count: number;
}

const draft = (tier: DraftTier, a: NodeId, b: NodeId, count: number): DraftLink => ({ tier, id: `${a}--${b}`, a, b, count });

/**
 * Each group joins two grouped nodes completely: the engine deals a group's links to A devices in
 * blocks and to B devices round robin, so NIC i of every server lands on leaf i of its SU, every
 * leaf sends uplinks/spines links to each spine of its pod, and each pod's spines spread over the
 * cores. Each plane is wired the same way to its own switches.
 */
export function wireFabric(layout: FabricLayout, counts: FabricCounts, ufm: UfmPlan): DraftLink[] {
  const links: DraftLink[] = [];
  for (let plane = 0; plane < counts.planes; plane++) {
    for (const su of layout.sus) {
      for (const gpu of su.gpuNodes) links.push(draft('serverLeaf', gpu.id, su.leafIds[plane]!, gpu.servers * counts.railsPerServer));
    }
    const spineIds = layout.spineIds[plane]!;
    for (const su of layout.sus) {
      links.push(draft('leafSpine', su.leafIds[plane]!, spineIds[su.pod]!, counts.leavesPerSu * counts.uplinksPerLeaf));
    }
    const coreId = layout.coreIds[plane];
    if (coreId) {
      for (const spineId of spineIds) links.push(draft('spineCore', spineId, coreId, counts.spinesPerPod * counts.uplinksPerSpine));
    }
  }
  // UFM links go to the leaves of the SU whose ports were left free for them, dealt one per leaf
  const ufmSu = ufm.kind === 'added' ? layout.sus[ufm.su - 1] : undefined;
  if (ufm.kind === 'added' && layout.ufmId && ufmSu) links.push(draft('ufmLeaf', layout.ufmId, ufmSu.leafIds[0]!, ufm.links));
  return links;
}
