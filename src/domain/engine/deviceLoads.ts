/** Link ends per device, the modules they need (twin-port packing per device) and cage exhaustion. */
import type { Catalog } from '../catalog/catalog.ts';
import type { LinkGroup, NodeId } from '../model/design.ts';
import type { PortsExhausted, PowerClassExceeded } from './findings.ts';
import type { LinkVerdict } from './linkVerdict.ts';
import type { Site } from './placement.ts';
import { SharedMap } from './sharedMap.ts';
import { addBlockSpread, addRoundRobinSpread } from './spread.ts';

export interface NodeModules {
  readonly nodeId: NodeId;
  readonly moduleId: string;
  /** Modules in all devices of the node. */
  readonly count: number;
}

/** A link group and its verdict, as the nodes at its ends see it. */
export interface Landing {
  readonly link: LinkGroup;
  readonly verdict: LinkVerdict;
}

/** One link group landing on a node: which end it is there, and its verdict. */
export interface Incident extends Landing {
  readonly end: 'a' | 'b';
}

export interface NodeLoad {
  /** A rack's modules are on the server side of the links, a switch's on the switch side. */
  readonly serverSide: boolean;
  readonly modules: readonly NodeModules[];
  readonly findings: readonly (PortsExhausted | PowerClassExceeded)[];
  /** Cages in use on the busiest device, by port group index. */
  readonly busiestCages: ReadonlyMap<number, number>;
  /** The link groups landing on the node, as counted. */
  readonly incidents: readonly Incident[];
}

/** Link ends of one module part (and packing) in one port group, per device of a node, and the groups they come from. */
export interface EndBucket {
  readonly portGroupIndex: number;
  readonly moduleId: string;
  readonly linksPerModule: number;
  readonly highPower: boolean;
  readonly ends: Float64Array;
  readonly incidents: Incident[];
}

/** Modules (cages) a bucket takes on device `d`: its ends there packed `linksPerModule` to a module. */
export const bucketCages = (bucket: EndBucket, d: number): number => Math.ceil(bucket.ends[d]! / bucket.linksPerModule);

/**
 * Link ends per node, kept between analyses: an edit moves the ends of the groups it changed and
 * only the nodes they land on are counted again (a node's load depends on its site and on the
 * verdicts of its groups, in design order).
 */
export class LoadTotals {
  private readonly incidents = new Map<NodeId, Incident[]>();
  private readonly loads = new Map<NodeId, NodeLoad>();
  private readonly touched = new Set<NodeId>();
  private shared = SharedMap.of<NodeId, NodeLoad>([]);

  /**
   * Takes the ends of the `removed` groups off their nodes and lands those of `added`, which stand
   * in design order where the removed ones stood: after the links before them and before `links[from]`.
   */
  replace(removed: readonly Landing[], added: readonly Landing[], links: readonly LinkGroup[], from: number): void {
    const gone = new Set(removed.map((r) => r.link));
    const nodes = new Set([...removed, ...added].flatMap((l) => [l.link.a, l.link.b]));
    for (const nodeId of nodes) {
      const kept: Incident[] = [];
      let at = -1;
      for (const i of this.incidents.get(nodeId) ?? []) {
        if (!gone.has(i.link)) kept.push(i);
        else if (at < 0) at = kept.length;
      }
      const arriving = added.flatMap((l) => incidentsOf(l.link, l.verdict).filter((i) => landsOn(i, nodeId)));
      if (arriving.length > 0) kept.splice(at >= 0 ? at : firstFrom(kept, links, from), 0, ...arriving);
      this.land(nodeId, kept);
    }
  }

  /** A kept group's new verdict (its node changed): its ends keep their places. */
  update(link: LinkGroup, verdict: LinkVerdict): void {
    for (const nodeId of new Set([link.a, link.b])) {
      const list = this.incidents.get(nodeId) ?? [];
      this.land(nodeId, list.map((i) => (i.link === link ? incidentsOf(link, verdict)[i.end === 'a' ? 0 : 1] : i)));
    }
  }

  /** A node whose site changed: counted again at the next `recount`. */
  touch(nodeId: NodeId): void {
    this.touched.add(nodeId);
  }

  /**
   * Counts the touched nodes again and tells `onLoad` of each load that changed (null: none);
   * returns the loads by node (shared with the previous result where unchanged) and how many were counted afresh.
   */
  recount(sites: ReadonlyMap<NodeId, Site>, catalog: Catalog, onLoad: (nodeId: NodeId, old: NodeLoad | null, load: NodeLoad | null) => void) {
    let recounted = 0;
    const changes: [NodeId, NodeLoad | undefined][] = [];
    for (const nodeId of this.touched) {
      const site = sites.get(nodeId);
      const list = this.incidents.get(nodeId);
      const load = site && list ? cachedNodeLoad(site, list, catalog, () => recounted++) : null;
      const old = this.loads.get(nodeId) ?? null;
      if (load === old) continue;
      if (load) this.loads.set(nodeId, load);
      else this.loads.delete(nodeId);
      changes.push([nodeId, load ?? undefined]);
      onLoad(nodeId, old, load);
    }
    this.touched.clear();
    if (changes.length > 0) this.shared = this.shared.with(changes);
    return { loads: this.shared as ReadonlyMap<NodeId, NodeLoad>, recounted };
  }

  private land(nodeId: NodeId, list: Incident[]): void {
    if (list.length > 0) this.incidents.set(nodeId, list);
    else this.incidents.delete(nodeId);
    this.touched.add(nodeId);
  }
}

const landsOn = (i: Incident, nodeId: NodeId) => (i.end === 'a' ? i.link.a : i.link.b) === nodeId;

/**
 * Where links from `links[from]` on begin in `list` (a node's incidents in design order, none of
 * them from links before `from` that are not before the window): a binary search on whether each
 * incident's link is found from `from` on.
 */
function firstFrom(list: readonly Incident[], links: readonly LinkGroup[], from: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (links.indexOf(list[mid]!.link, from) >= 0) high = mid;
    else low = mid + 1;
  }
  return low;
}

const incidentCache = new WeakMap<LinkVerdict, readonly [Incident, Incident]>();

/** A group's two ends as incidents, kept with its verdict (a verdict belongs to one link object). */
function incidentsOf(link: LinkGroup, verdict: LinkVerdict): readonly [Incident, Incident] {
  let pair = incidentCache.get(verdict);
  if (!pair) incidentCache.set(verdict, (pair = [{ link, end: 'a', verdict }, { link, end: 'b', verdict }]));
  return pair;
}

const nodeCache = new WeakMap<Site, { readonly verdicts: readonly LinkVerdict[]; readonly catalog: Catalog; readonly load: NodeLoad }>();

/** A node's load depends only on its site and the verdicts of the groups that land on it. */
function cachedNodeLoad(site: Site, incidents: readonly Incident[], catalog: Catalog, onRecount: () => void): NodeLoad {
  const hit = nodeCache.get(site);
  if (hit && hit.catalog === catalog && hit.verdicts.length === incidents.length && hit.verdicts.every((v, i) => v === incidents[i]!.verdict)) {
    return hit.load;
  }
  onRecount();
  const load = nodeLoad(site, incidents, catalog);
  nodeCache.set(site, { verdicts: incidents.map((i) => i.verdict), catalog, load });
  return load;
}

/** The link ends landing on a node, per device, grouped by port group, module part and packing. */
export function endBuckets(site: Site, incidents: readonly Incident[]): ReadonlyMap<string, EndBucket> {
  const devices = Math.max(1, site.devices);
  const buckets = new Map<string, EndBucket>();
  for (const incident of incidents) {
    const { link, end, verdict } = incident;
    const fit = end === 'a' ? verdict.endA : verdict.endB;
    if (!fit) continue;
    const key = `${fit.portGroupIndex}\u0000${fit.moduleId}\u0000${fit.linksPerModule}`;
    let bucket = buckets.get(key);
    if (!bucket) {
      const highPower = fit.needsHighPowerCage;
      buckets.set(key, (bucket = { portGroupIndex: fit.portGroupIndex, moduleId: fit.moduleId, linksPerModule: fit.linksPerModule, highPower, ends: new Float64Array(devices), incidents: [] }));
    }
    // the same spread as the cable expansion: end A in contiguous blocks, end B round robin
    if (end === 'a') addBlockSpread(bucket.ends, verdict.cables);
    else addRoundRobinSpread(bucket.ends, link.count);
    bucket.incidents.push(incident);
  }
  return buckets;
}

function nodeLoad(site: Site, incidents: readonly Incident[], catalog: Catalog): NodeLoad {
  const devices = Math.max(1, site.devices);
  const buckets = endBuckets(site, incidents);
  const linkIdsByGroup = new Map<number, Set<string>>();
  for (const bucket of buckets.values()) {
    let ids = linkIdsByGroup.get(bucket.portGroupIndex);
    if (!ids) linkIdsByGroup.set(bucket.portGroupIndex, (ids = new Set()));
    for (const { link } of bucket.incidents) ids.add(link.id);
  }

  const modules: NodeModules[] = [];
  const cagesPerDevice = new Map<number, Float64Array>();
  // cages that must be of the high power class (SN5400: 16 of 64 take 21 W), counted like free ports
  const highPowerPerDevice = new Map<number, { moduleId: string; cages: Float64Array }>();
  for (const bucket of buckets.values()) {
    let cages = cagesPerDevice.get(bucket.portGroupIndex);
    if (!cages) cagesPerDevice.set(bucket.portGroupIndex, (cages = new Float64Array(devices)));
    let high = highPowerPerDevice.get(bucket.portGroupIndex);
    if (bucket.highPower && !high) highPowerPerDevice.set(bucket.portGroupIndex, (high = { moduleId: bucket.moduleId, cages: new Float64Array(devices) }));
    let count = 0;
    for (let d = 0; d < devices; d++) {
      const m = bucketCages(bucket, d);
      count += m;
      cages[d]! += m;
      if (bucket.highPower && high) high.cages[d]! += m;
    }
    modules.push({ nodeId: site.node.id, moduleId: bucket.moduleId, count });
  }

  const findings: (PortsExhausted | PowerClassExceeded)[] = [];
  const busiestCages = new Map<number, number>();
  const model = site.model ? catalog.devices[site.model] : undefined;
  for (const [portGroupIndex, cages] of cagesPerDevice) {
    const busiest = cages.reduce((max, x) => Math.max(max, x), 0);
    busiestCages.set(portGroupIndex, busiest);
    const group = model?.portGroups[portGroupIndex];
    if (!site.model || !group) continue;
    if (busiest > group.cages) {
      findings.push({
        code: 'ports-exhausted',
        severity: 'error',
        nodeId: site.node.id,
        model: site.model,
        portGroup: group.purpose,
        cagesNeeded: busiest,
        cages: group.cages,
        linkIds: [...(linkIdsByGroup.get(portGroupIndex) ?? [])],
      });
    }
  }
  for (const [portGroupIndex, high] of highPowerPerDevice) {
    const group = model?.portGroups[portGroupIndex];
    const needed = high.cages.reduce((max, x) => Math.max(max, x), 0);
    const spec = catalog.modules[high.moduleId];
    if (!site.model || !group?.highPowerCages || needed <= group.highPowerCages.cages || !spec) continue;
    findings.push({
      code: 'power-class-exceeded',
      severity: 'error',
      nodeId: site.node.id,
      model: site.model,
      portGroup: group.purpose,
      module: high.moduleId,
      powerW: spec.powerW ?? 0,
      cageMaxW: group.moduleMaxW ?? 0,
      highPowerMaxW: group.highPowerCages.moduleMaxW,
      highPowerNeeded: needed,
      highPowerCages: group.highPowerCages.cages,
      linkIds: [...(linkIdsByGroup.get(portGroupIndex) ?? [])],
    });
  }
  return { serverSide: site.node.kind === 'rack', modules, findings, busiestCages, incidents };
}
