/** Link ends per device, the modules they need (twin-port packing per device) and cage exhaustion. */
import type { Catalog } from '../catalog/catalog.ts';
import type { LinkGroup, NodeId } from '../model/design.ts';
import type { HostedEnd } from './endFit.ts';
import type { PortsExhausted } from './findings.ts';
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
  readonly findings: readonly PortsExhausted[];
}

interface Bucket {
  readonly nodeId: NodeId;
  readonly portGroupIndex: number;
  readonly moduleId: string;
  readonly linksPerModule: number;
  readonly ends: Float64Array;
  readonly linkIds: Set<string>;
}

/** modules at a device = ceil(link ends on that module part there / links per module). */
export function deviceLoads(
  links: readonly LinkGroup[],
  verdicts: ReadonlyMap<string, LinkVerdict>,
  sites: ReadonlyMap<NodeId, Site>,
  catalog: Catalog,
): DeviceLoads {
  const buckets = new Map<string, Bucket>();
  const bucketFor = (site: Site, fit: HostedEnd, linkId: string): Bucket => {
    const key = `${site.node.id}\u0000${fit.portGroupIndex}\u0000${fit.moduleId}\u0000${fit.linksPerModule}`;
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = {
        nodeId: site.node.id,
        portGroupIndex: fit.portGroupIndex,
        moduleId: fit.moduleId,
        linksPerModule: fit.linksPerModule,
        ends: new Float64Array(Math.max(1, site.devices)),
        linkIds: new Set(),
      };
      buckets.set(key, bucket);
    }
    bucket.linkIds.add(linkId);
    return bucket;
  };

  for (const link of links) {
    const verdict = verdicts.get(link.id);
    const a = sites.get(link.a);
    const b = sites.get(link.b);
    if (!verdict || !a || !b) continue;
    if (verdict.endA) addBlockSpread(bucketFor(a, verdict.endA, link.id).ends, verdict.cables);
    if (verdict.endB) addRoundRobinSpread(bucketFor(b, verdict.endB, link.id).ends, link.count);
  }

  const modules: NodeModules[] = [];
  // cages used per device, per node and port group
  const cagesUsed = new Map<string, { nodeId: NodeId; portGroupIndex: number; perDevice: Float64Array; linkIds: Set<string> }>();
  for (const bucket of buckets.values()) {
    let count = 0;
    const cageKey = `${bucket.nodeId}\u0000${bucket.portGroupIndex}`;
    let used = cagesUsed.get(cageKey);
    if (!used) {
      used = { nodeId: bucket.nodeId, portGroupIndex: bucket.portGroupIndex, perDevice: new Float64Array(bucket.ends.length), linkIds: new Set() };
      cagesUsed.set(cageKey, used);
    }
    for (let d = 0; d < bucket.ends.length; d++) {
      const m = Math.ceil(bucket.ends[d]! / bucket.linksPerModule);
      count += m;
      used.perDevice[d]! += m;
    }
    for (const id of bucket.linkIds) used.linkIds.add(id);
    modules.push({ nodeId: bucket.nodeId, moduleId: bucket.moduleId, count });
  }

  const findings: PortsExhausted[] = [];
  for (const used of cagesUsed.values()) {
    const site = sites.get(used.nodeId);
    const group = site?.model ? catalog.devices[site.model]?.portGroups[used.portGroupIndex] : undefined;
    if (!site?.model || !group) continue;
    const busiest = used.perDevice.reduce((max, x) => Math.max(max, x), 0);
    if (busiest > group.cages) {
      findings.push({
        code: 'ports-exhausted',
        severity: 'error',
        nodeId: used.nodeId,
        model: site.model,
        portGroup: group.purpose,
        cagesNeeded: busiest,
        cages: group.cages,
        linkIds: [...used.linkIds],
      });
    }
  }
  return { modules, findings };
}
