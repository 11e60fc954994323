/**
 * The UFM appliances of an InfiniBand fabric, as NVIDIA builds the DGX SuperPOD (RA-11333-001 V11):
 * four UFM Enterprise Appliances (Table 7) with four links into the compute leaves (Table 4 counts
 * "compute + UFM" cables as node–leaf + 4 at 1 to 4 SUs), on leaf ports freed by leaving one DGX out
 * (Table 4, note 1). The RA gives no rule beyond 4 SUs, so the four stand for any size.
 */
import type { Catalog } from '../catalog/catalog.ts';
import type { ResolvedParams } from './params.ts';
import type { FabricCounts } from './sizeFabric.ts';

export const UFM_MODEL = 'ufm-appliance-3.1';
export const UFM_APPLIANCES = 4;

/** What the generator does about UFM: adds the appliances and their links, leaves them out with the reason, or has none to add (Ethernet, or turned off). */
export type UfmPlan =
  | { readonly kind: 'added'; readonly model: string; readonly appliances: number; readonly links: number; readonly su: number }
  | { readonly kind: 'skipped'; readonly reason: string }
  | { readonly kind: 'none' };

export function planUfm(counts: FabricCounts, p: ResolvedParams, catalog: Catalog): UfmPlan {
  if (!p.ufm) return { kind: 'none' };
  const protocols = catalog.devices[p.switchModel]?.portGroups[0]?.protocols ?? [];
  if (!protocols.includes('infiniband') || protocols.includes('ethernet')) return { kind: 'none' };
  const model = catalog.devices[UFM_MODEL];
  if (!model) return { kind: 'skipped', reason: `the catalog has no ${UFM_MODEL}.` };
  if (counts.planes > 1) return { kind: 'skipped', reason: `each of the ${counts.planes} planes is its own subnet and NVIDIA publishes no UFM layout for them; add the appliances by hand.` };
  // the last SU's busiest leaf: its server links, against its down ports and the ports kept free
  const busiest = Math.ceil((counts.serversInLastSu * counts.railsPerServer) / counts.leavesPerSu);
  const free = counts.downlinksPerLeaf + p.reservedLeafPorts - busiest;
  const needed = Math.ceil(UFM_APPLIANCES / counts.leavesPerSu);
  if (free < needed) {
    const fewer = counts.servers - Math.ceil((needed - free) * counts.leavesPerSu / counts.railsPerServer);
    return {
      kind: 'skipped',
      reason:
        `every down port of the SU ${counts.sus} leaves is in use. NVIDIA leaves one server out for the ${UFM_APPLIANCES} UFM links (RA-11333-001 Table 4, note 1): ` +
        `ask for ${fewer} servers, or keep a leaf port free (reserved leaf ports ${needed}).`,
    };
  }
  return { kind: 'added', model: UFM_MODEL, appliances: UFM_APPLIANCES, links: UFM_APPLIANCES, su: counts.sus };
}

/** One line for the preview and the CLI: what was added, or why not. Null when there is nothing to say. */
export function describeUfm(plan: UfmPlan, catalog: Catalog): string | null {
  switch (plan.kind) {
    case 'added':
      return `UFM: ${plan.appliances} × ${catalog.devices[plan.model]?.name ?? plan.model} in a management rack, ${plan.links} links to the SU ${plan.su} leaves.`;
    case 'skipped':
      return `UFM: not added: ${plan.reason}`;
    case 'none':
      return null;
  }
}
