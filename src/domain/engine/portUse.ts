/**
 * How a node's cages are used, port group by port group, on its busiest device (the one the port
 * check judges): which link groups take how many cages and ports there, and how many are left.
 * Read from the node's counted load (deviceLoads.ts), computed on demand and kept with that load.
 */
import type { Catalog } from '../catalog/catalog.ts';
import type { PortGroupSpec } from '../catalog/types.ts';
import { bucketCages, endBuckets, type EndBucket, type Incident, type NodeLoad } from './deviceLoads.ts';
import type { Site } from './placement.ts';
import { blockShare, roundRobinShare } from './spread.ts';

/** One link group's share of a port group on the busiest device. */
export interface LinkGroupPortUse {
  readonly linkId: string;
  readonly end: 'a' | 'b';
  readonly moduleId: string;
  /** Links one module carries: 2 in a twin-port module. */
  readonly linksPerModule: number;
  /** Ports in use: the group's link ends on that device (for a breakout's parent end, its parent ports). */
  readonly ports: number;
  /** Cages those ports take; a twin-port module shared by two groups counts with the first of them. */
  readonly cages: number;
  /** Child links each port fans out to (a breakout's parent end), else 1. */
  readonly breakout: number;
}

export interface PortGroupUse {
  readonly portGroupIndex: number;
  readonly portGroup: PortGroupSpec;
  /** Cages in use on the busiest device; more than the group has when its ports are exhausted. */
  readonly cagesInUse: number;
  readonly cagesFree: number;
  /** In the order the groups were counted; their cages add up to cagesInUse. */
  readonly uses: readonly LinkGroupPortUse[];
}

export interface NodePortUse {
  /** Devices the node stands for (the use is shown for the busiest of them). */
  readonly devices: number;
  /** Every port group of the node's device model, in catalog order (none when the model is unknown). */
  readonly groups: readonly PortGroupUse[];
}

const kept = new WeakMap<NodeLoad | Site, { readonly catalog: Catalog; readonly use: NodePortUse }>();

/** The port use of a node at `site` with its counted load (undefined: no link group lands on it); kept per load. */
export function portUseOf(site: Site, load: NodeLoad | undefined, catalog: Catalog): NodePortUse {
  const key = load ?? site;
  const hit = kept.get(key);
  if (hit?.catalog === catalog) return hit.use;
  const use = nodePortUse(site, load?.incidents ?? [], catalog);
  kept.set(key, { catalog, use });
  return use;
}

function nodePortUse(site: Site, incidents: readonly Incident[], catalog: Catalog): NodePortUse {
  const devices = Math.max(1, site.devices);
  const model = site.model ? catalog.devices[site.model] : undefined;
  if (!model) return { devices, groups: [] };
  const buckets = [...endBuckets(site, incidents).values()];
  const groups = model.portGroups.map((portGroup, portGroupIndex): PortGroupUse => {
    const here = buckets.filter((b) => b.portGroupIndex === portGroupIndex);
    const busiest = busiestDevice(here, devices);
    const uses = here.flatMap((bucket) => bucketUses(bucket, busiest, devices));
    const cagesInUse = uses.reduce((sum, u) => sum + u.cages, 0);
    return { portGroupIndex, portGroup, cagesInUse, cagesFree: Math.max(0, portGroup.cages - cagesInUse), uses };
  });
  return { devices, groups };
}

/** The device taking the most cages of a port group (the first of equals). */
function busiestDevice(buckets: readonly EndBucket[], devices: number): number {
  let busiest = 0;
  let most = -1;
  for (let d = 0; d < devices; d++) {
    const cages = buckets.reduce((sum, b) => sum + bucketCages(b, d), 0);
    if (cages > most) [busiest, most] = [d, cages];
  }
  return busiest;
}

/** Each group's ports on device `d`, and the cages it takes there: the bucket's modules filled in group order. */
function bucketUses(bucket: EndBucket, d: number, devices: number): LinkGroupPortUse[] {
  let ports = 0;
  let cages = 0;
  return bucket.incidents.map(({ link, end, verdict }) => {
    const share = end === 'a' ? blockShare(verdict.cables, devices, d) : roundRobinShare(link.count, devices, d);
    ports += share;
    const upTo = Math.ceil(ports / bucket.linksPerModule);
    const use = { linkId: link.id, end, moduleId: bucket.moduleId, linksPerModule: bucket.linksPerModule, ports: share, cages: upTo - cages, breakout: end === 'a' ? verdict.fanout : 1 };
    cages = upTo;
    return use;
  });
}
