/** Link ends per device, the modules they need (twin-port packing per device) and cage exhaustion. */
import type { Catalog } from '../catalog/catalog.ts';
import type { LinkGroup, NodeId } from '../model/design.ts';
import type { PortsExhausted, PowerClassExceeded } from './findings.ts';
import type { LinkVerdict } from './linkVerdict.ts';
import type { Site } from './placement.ts';
import { addBlockSpread, addRoundRobinSpread } from './spread.ts';

export interface NodeModules {
  readonly nodeId: NodeId;
  readonly moduleId: string;
  /** Modules in all devices of the node. */
  readonly count: number;
}

export interface DeviceLoads {
  readonly modules: readonly NodeModules[];
  readonly findings: readonly (PortsExhausted | PowerClassExceeded)[];
  /** Cages in use on the busiest device of each node, by port group index. */
  readonly busiestCages: ReadonlyMap<NodeId, ReadonlyMap<number, number>>;
  /** Nodes whose load was counted afresh (the others' were reused: same site, same verdicts landing on it). */
  readonly recounted: number;
}

/** One link group landing on a node: which end it is there, and its verdict. */
interface Incident {
  readonly link: LinkGroup;
  readonly end: 'a' | 'b';
  readonly verdict: LinkVerdict;
}

interface NodeLoad {
  readonly modules: readonly NodeModules[];
  readonly findings: readonly (PortsExhausted | PowerClassExceeded)[];
  readonly busiestCages: ReadonlyMap<number, number>;
}

/** modules at a device = ceil(link ends on that module part there / links per module). */
export function deviceLoads(
  links: readonly LinkGroup[],
  verdicts: ReadonlyMap<string, LinkVerdict>,
  sites: ReadonlyMap<NodeId, Site>,
  catalog: Catalog,
): DeviceLoads {
  const incidents = new Map<NodeId, Incident[]>();
  const add = (nodeId: NodeId, incident: Incident) => {
    const list = incidents.get(nodeId);
    if (list) list.push(incident);
    else incidents.set(nodeId, [incident]);
  };
  for (const link of links) {
    const verdict = verdicts.get(link.id);
    if (!verdict) continue;
    const [atA, atB] = incidentsOf(link, verdict);
    add(link.a, atA);
    add(link.b, atB);
  }
  const modules: NodeModules[] = [];
  const findings: (PortsExhausted | PowerClassExceeded)[] = [];
  const busiestCages = new Map<NodeId, ReadonlyMap<number, number>>();
  let recounted = 0;
  for (const [nodeId, list] of incidents) {
    const site = sites.get(nodeId);
    if (!site) continue;
    const load = cachedNodeLoad(site, list, catalog, () => recounted++);
    for (const m of load.modules) modules.push(m);
    for (const f of load.findings) findings.push(f);
    busiestCages.set(nodeId, load.busiestCages);
  }
  return { modules, findings, busiestCages, recounted };
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

function nodeLoad(site: Site, incidents: readonly Incident[], catalog: Catalog): NodeLoad {
  const devices = Math.max(1, site.devices);
  const buckets = new Map<string, { portGroupIndex: number; moduleId: string; linksPerModule: number; highPower: boolean; ends: Float64Array }>();
  const linkIdsByGroup = new Map<number, Set<string>>();
  for (const { link, end, verdict } of incidents) {
    const fit = end === 'a' ? verdict.endA : verdict.endB;
    if (!fit) continue;
    const key = `${fit.portGroupIndex}\u0000${fit.moduleId}\u0000${fit.linksPerModule}`;
    let bucket = buckets.get(key);
    if (!bucket) {
      const highPower = fit.needsHighPowerCage;
      buckets.set(key, (bucket = { portGroupIndex: fit.portGroupIndex, moduleId: fit.moduleId, linksPerModule: fit.linksPerModule, highPower, ends: new Float64Array(devices) }));
    }
    // the same spread as the cable expansion: end A in contiguous blocks, end B round robin
    if (end === 'a') addBlockSpread(bucket.ends, verdict.cables);
    else addRoundRobinSpread(bucket.ends, link.count);
    let ids = linkIdsByGroup.get(fit.portGroupIndex);
    if (!ids) linkIdsByGroup.set(fit.portGroupIndex, (ids = new Set()));
    ids.add(link.id);
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
      const m = Math.ceil(bucket.ends[d]! / bucket.linksPerModule);
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
  return { modules, findings, busiestCages };
}
