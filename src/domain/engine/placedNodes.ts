/** The node index and the site of every rack and switch, kept per nodes array (a link edit leaves it as it was). */
import type { Design, DesignNode, NodeId } from '../model/design.ts';
import { indexNodes, siteOf, type EndpointNode, type NodeIndex, type Site } from './placement.ts';

export interface PlacedNodes {
  readonly nodes: NodeIndex;
  readonly sites: ReadonlyMap<NodeId, Site>;
  /** Each site's place in `sites` (design order). */
  readonly order: ReadonlyMap<NodeId, number>;
}

const placedCache = new WeakMap<readonly DesignNode[], PlacedNodes>();

export function placedNodes(design: Design): PlacedNodes {
  let placed = placedCache.get(design.nodes);
  if (placed) return placed;
  const nodes = indexNodes(design);
  const sites = new Map<NodeId, Site>();
  for (const node of design.nodes) {
    if (node.kind !== 'rack' && node.kind !== 'switch') continue;
    const site = cachedSite(node, nodes);
    if (site) sites.set(node.id, site);
  }
  const order = new Map([...sites.keys()].map((id, i) => [id, i]));
  placedCache.set(design.nodes, (placed = { nodes, sites, order }));
  return placed;
}

const siteCache = new WeakMap<EndpointNode, { readonly deps: readonly unknown[]; readonly site: Site | null }>();

/** A site depends on the node and its containers; reusing it keeps per-node caches valid across edits. */
function cachedSite(node: EndpointNode, nodes: NodeIndex): Site | null {
  const parent = nodes.get(node.parent);
  const grandparent = parent && parent.kind !== 'building' ? nodes.get(parent.parent) : undefined;
  const top = grandparent && grandparent.kind !== 'building' ? nodes.get(grandparent.parent) : undefined;
  const deps = [parent, grandparent, top];
  const hit = siteCache.get(node);
  if (hit && hit.deps.every((d, i) => d === deps[i])) return hit.site;
  const site = siteOf(node, nodes);
  siteCache.set(node, { deps, site });
  return site;
}
