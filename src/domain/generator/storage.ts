/**
 * The optional storage fabric, as NVIDIA builds the DGX SuperPOD's (RA-11333-001 V11, "Storage
 * Fabric"): an InfiniBand fabric of QM9700 switches independent of the compute fabric, on one pair
 * of each DGX's QSFP112 ports; "the storage devices are connected at a 1:1 port to uplink ratio. The
 * DGX H100 system connections are slightly oversubscribed with a ratio near 4:3". The RA gives the
 * 4-SU totals (Table 7: 16 storage QM9700; Table 8: 494 400G cables DGX to leaf and leaf to spine,
 * 254 DGX QSFP112 transceivers, 369 switch transceivers, 48 storage cables), not the split; the
 * array port count is the storage vendor's ("count and cable type depend on specific storage selected").
 */
import type { Catalog } from '../catalog/catalog.ts';
import { smallestDivisorAtLeast } from './divisors.ts';
import type { SwitchGroup } from './layoutFabric.ts';
import type { ResolvedParams } from './params.ts';
import { switchPortsAt } from './portCounts.ts';
import type { FabricCounts } from './sizeFabric.ts';
import { UFM_APPLIANCES, type UfmPlan } from './ufm.ts';

export const STORAGE_SWITCH_MODEL = 'qm9700';
/** The server port group the storage links land on, and the pair of its ports that goes to storage (RA: "one pair for InfiniBand storage"). */
export const STORAGE_PORTS = 'storage+inband';
export const STORAGE_PORTS_PER_SERVER = 2;
/** Array ports when none are given: with 4 SUs of DGX this reproduces the RA's 494 cables and 16 switches. */
export const DEFAULT_STORAGE_ARRAY_PORTS = 48;
/** Server leaves down:up, as the RA puts it ("near 4:3"): integers, so the sizing stays exact. */
const SERVER_LEAF_DOWN = 4;
const SERVER_LEAF_UP = 3;

export interface StorageFabric {
  readonly kind: 'added';
  readonly model: string;
  readonly rateGbps: number;
  /** Leaves taking the servers' storage ports, per SU and in all (sized for full SUs). */
  readonly serverLeavesPerSu: number;
  readonly serverLeaves: number;
  readonly downPerServerLeaf: number;
  readonly upPerServerLeaf: number;
  /** Leaves keeping ports for the storage arrays, 1:1 to their uplinks. */
  readonly arrayLeaves: number;
  readonly arrayPorts: number;
  readonly arrayPortsPerLeaf: number;
  readonly upPerArrayLeaf: number;
  readonly spines: number;
  readonly links: { readonly serverLeaf: number; readonly leafSpine: number; readonly ufm: number };
}

/** What the generator does about a storage fabric: adds it, leaves it out with the reason, or was not asked. */
export type StoragePlan = StorageFabric | { readonly kind: 'skipped'; readonly reason: string } | { readonly kind: 'none' };

/**
 * Server leaves per SU: as few as take an SU's storage ports at 4:3 (down ≤ ports × 4/7), uplinks
 * 3/4 of the down ports. Array leaves: as few as keep the array ports at 1:1 (at most half the ports
 * down). Spines: enough ports for every leaf port facing down (so the server leaves can be cabled up
 * to 1:1 without a new spine), rounded up to a divisor of a server leaf's uplinks, so every leaf has
 * equal links to every spine. The UFM appliances' second ports go to the array leaves.
 */
export function planStorage(counts: FabricCounts, p: ResolvedParams, catalog: Catalog, ufm: UfmPlan): StoragePlan {
  if (!p.storage) return { kind: 'none' };
  const protocols = catalog.devices[p.switchModel]?.portGroups[0]?.protocols ?? [];
  if (protocols.includes('ethernet')) {
    return { kind: 'skipped', reason: 'the generator builds the InfiniBand storage fabric of NVIDIA\'s DGX SuperPOD (RA-11333-001); no Ethernet storage layout is published for it to follow: draw it by hand on the servers\' storage+inband ports.' };
  }
  if (p.rackType !== undefined) {
    return { kind: 'skipped', reason: `NVIDIA's GB200 SuperPOD carries storage on a converged storage and in-band Ethernet fabric, not this InfiniBand one; no layout of it is published for the generator to follow: draw it by hand on the trays' ${STORAGE_PORTS} ports.` };
  }
  const group = catalog.devices[p.serverModel]?.portGroups.find((g) => g.purpose === STORAGE_PORTS);
  const native = group?.modes[0];
  if (!group || !native || group.cages * native.ports < STORAGE_PORTS_PER_SERVER) {
    return { kind: 'skipped', reason: `${p.serverModel} has no ${STORAGE_PORTS_PER_SERVER} ${STORAGE_PORTS} ports in the catalog.` };
  }
  const rateGbps = native.rateGbps;
  const switchPorts = switchPortsAt(catalog, STORAGE_SWITCH_MODEL, rateGbps);
  if (!switchPorts.ok) return { kind: 'skipped', reason: `the storage switch: ${switchPorts.problem}` };
  const ports = switchPorts.ports;

  const perSu = counts.serversPerSu * STORAGE_PORTS_PER_SERVER;
  const serverLeavesPerSu = Math.ceil(perSu / Math.floor((ports * SERVER_LEAF_DOWN) / (SERVER_LEAF_DOWN + SERVER_LEAF_UP)));
  const down = Math.ceil(perSu / serverLeavesPerSu);
  const up = Math.ceil((down * SERVER_LEAF_UP) / SERVER_LEAF_DOWN);
  const serverLeaves = counts.sus * serverLeavesPerSu;
  const ufmLinks = ufm.kind === 'added' ? UFM_APPLIANCES : 0;
  const arrayPorts = p.storageArrayPorts;
  for (let arrayLeaves = Math.ceil(arrayPorts / Math.floor(ports / 2)); arrayLeaves <= arrayPorts; arrayLeaves++) {
    const perLeaf = Math.ceil(arrayPorts / arrayLeaves);
    const spines = smallestDivisorAtLeast(up, (serverLeaves * down + arrayLeaves * perLeaf) / ports);
    if (spines === null) {
      // at most `up` spines of `ports` ports each take every leaf port facing down
      const most = Math.floor((up * ports - arrayLeaves * perLeaf) / (down * serverLeavesPerSu));
      return { kind: 'skipped', reason: `a 2-tier storage fabric of ${STORAGE_SWITCH_MODEL} takes at most ${most} SUs of ${counts.serversPerSu} servers (${counts.sus} asked); a larger one is not generated.` };
    }
    const arrayUp = Math.ceil(perLeaf / spines) * spines;
    const spineDown = (serverLeaves * up + arrayLeaves * arrayUp) / spines;
    if (perLeaf + arrayUp + Math.ceil(ufmLinks / arrayLeaves) > ports || spineDown > ports) continue;
    return {
      kind: 'added',
      model: STORAGE_SWITCH_MODEL,
      rateGbps,
      serverLeavesPerSu,
      serverLeaves,
      downPerServerLeaf: down,
      upPerServerLeaf: up,
      arrayLeaves,
      arrayPorts,
      arrayPortsPerLeaf: perLeaf,
      upPerArrayLeaf: arrayUp,
      spines,
      links: { serverLeaf: p.servers * STORAGE_PORTS_PER_SERVER, leafSpine: serverLeaves * up + arrayLeaves * arrayUp, ufm: ufmLinks },
    };
  }
  return { kind: 'skipped', reason: `${arrayPorts} array ports do not fit a 2-tier storage fabric of ${STORAGE_SWITCH_MODEL}.` };
}

/** A storage switch group's model, role, count and, for the server leaves, the 4:3 they are built for. */
export function storageGroup(s: StorageFabric, kind: 'server' | 'array' | 'spine'): Omit<SwitchGroup, 'id' | 'name'> {
  const base = { model: s.model, plane: undefined, fabric: 'storage' } as const;
  switch (kind) {
    case 'server':
      return { ...base, role: 'leaf', quantity: s.serverLeavesPerSu, targetOversubscription: s.downPerServerLeaf / s.upPerServerLeaf };
    case 'array':
      return { ...base, role: 'leaf', quantity: s.arrayLeaves };
    case 'spine':
      return { ...base, role: 'spine', quantity: s.spines };
  }
}

/** Storage switches in all. */
export const storageSwitches = (s: StorageFabric): number => s.serverLeaves + s.arrayLeaves + s.spines;

/** One line for the preview and the CLI: what was added, or why not. Null when no storage fabric was asked for. */
export function describeStorage(plan: StoragePlan, catalog: Catalog): string | null {
  switch (plan.kind) {
    case 'added': {
      const name = catalog.devices[plan.model]?.name ?? plan.model;
      const ufm = plan.links.ufm ? `, ${plan.links.ufm} UFM links to the array leaves` : '';
      return (
        `Storage: ${storageSwitches(plan)} × ${name} (${plan.serverLeaves} server leaves at 4:3, ${plan.arrayLeaves} array leaves keeping ${plan.arrayPorts} array ports at 1:1, ${plan.spines} spines); ` +
        `${plan.links.serverLeaf} server–leaf links on the servers' ${STORAGE_PORTS} ports, ${plan.links.leafSpine} leaf–spine${ufm}; the arrays themselves are not drawn.`
      );
    }
    case 'skipped':
      return `Storage: not added: ${plan.reason}`;
    case 'none':
      return null;
  }
}
