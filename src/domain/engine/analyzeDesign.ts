/** The engine's entry point: a design in, every verdict, finding, capacity and BOM line out. */
import { catalogWith, type Catalog } from '../catalog/catalog.ts';
import type { Design, NodeId } from '../model/design.ts';
import { bandwidth, type Bandwidth } from './bandwidth.ts';
import { buildBom, type Bom } from './bom.ts';
import { describeFinding } from './describeFinding.ts';
import { deviceLoads } from './deviceLoads.ts';
import { findingAboutIn, type FindingAbout } from './findingAbout.ts';
import type { Finding } from './findings.ts';
import { linkVerdict, type LinkContext, type LinkVerdict } from './linkVerdict.ts';
import { indexNodes, siteOf, type EndpointNode, type NodeIndex, type Site } from './placement.ts';

export type DescribedFinding = Finding & { readonly message: string; readonly about: FindingAbout };

export interface Summary {
  readonly errors: number;
  readonly warnings: number;
  readonly linkGroups: number;
  readonly links: number;
  /** Cable paths end to end (the cut sheet's rows); the BOM's `cables` count cords, two for a structured channel. */
  readonly cables: number;
  readonly gpus: number;
  readonly servers: number;
  readonly switches: number;
}

export interface Analysis {
  readonly catalog: Catalog;
  readonly sites: ReadonlyMap<NodeId, Site>;
  readonly links: readonly LinkVerdict[];
  readonly linkById: ReadonlyMap<string, LinkVerdict>;
  /** Errors first, then warnings, each in design order. */
  readonly findings: readonly DescribedFinding[];
  readonly summary: Summary;
  readonly bandwidth: Bandwidth;
  readonly bom: Bom;
  /** Cages in use on the busiest device of a node in one port group (0 when none): what is left for new links. */
  cagesInUse(nodeId: NodeId, portGroupIndex: number): number;
}

/** Analyzes a design; pure (the input is never changed), with per-link results reused across edits. */
export function analyzeDesign(design: Design): Analysis {
  const catalog = catalogWith(design.catalog);
  const nodes = indexNodes(design);
  const sites = new Map<NodeId, Site>();
  for (const node of design.nodes) {
    if (node.kind !== 'rack' && node.kind !== 'switch') continue;
    const site = cachedSite(node, nodes);
    if (site) sites.set(node.id, site);
  }
  const ctx: LinkContext = { catalog, settings: design.settings, nodes };
  const linkById = new Map<string, LinkVerdict>();
  for (const link of design.links) {
    const a = sites.get(link.a);
    const b = sites.get(link.b);
    if (a && b) linkById.set(link.id, cachedVerdict(link, a, b, ctx, nodes));
  }
  const links = [...linkById.values()];
  const loads = deviceLoads(design.links, linkById, sites, catalog);
  const bw = bandwidth(design.links, linkById, sites, design.settings.targetOversubscription);
  const bom = buildBom(design, catalog, sites, links, loads.modules, bw, nodes);

  const raw: Finding[] = [...links.flatMap((v) => v.findings), ...loads.findings, ...bw.findings];
  const about = findingAboutIn(design, nodes, catalog);
  const findings = [...raw.filter((f) => f.severity === 'error'), ...raw.filter((f) => f.severity === 'warning')].map(
    (f): DescribedFinding => ({ ...f, message: describeFinding(f, catalog), about: about(f) }),
  );
  const servers = bom.devices.filter((d) => d.role === 'server');
  return {
    catalog,
    sites,
    links,
    linkById,
    findings,
    summary: {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      linkGroups: design.links.length,
      links: design.links.reduce((sum, l) => sum + l.count, 0),
      cables: links.reduce((sum, v) => sum + v.cables * v.cordsPerCable, 0),
      gpus: servers.reduce((sum, d) => sum + d.gpus, 0),
      servers: servers.reduce((sum, d) => sum + d.count, 0),
      switches: bom.devices.filter((d) => d.role !== 'server').reduce((sum, d) => sum + d.count, 0),
    },
    bandwidth: bw,
    bom,
    cagesInUse: (nodeId, portGroupIndex) => loads.busiestCages.get(nodeId)?.get(portGroupIndex) ?? 0,
  };
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

interface CacheEntry {
  readonly deps: readonly unknown[];
  readonly verdict: LinkVerdict;
}

const verdictCache = new WeakMap<object, CacheEntry>();

/**
 * A link's verdict depends only on the link, its two end nodes, their containers, the settings and
 * the catalog; the store keeps untouched objects identical, so an edit re-measures only what it moved.
 */
function cachedVerdict(link: Design['links'][number], a: Site, b: Site, ctx: LinkContext, nodes: NodeIndex): LinkVerdict {
  const deps = [
    a.node, b.node,
    nodes.get(a.hallId), nodes.get(b.hallId),
    nodes.get(a.buildingId), nodes.get(b.buildingId),
    a.rackId ? nodes.get(a.rackId) : null, b.rackId ? nodes.get(b.rackId) : null,
    ctx.settings, ctx.catalog,
  ];
  const hit = verdictCache.get(link);
  if (hit && hit.deps.length === deps.length && hit.deps.every((d, i) => d === deps[i])) return hit.verdict;
  const verdict = linkVerdict(link, a, b, ctx);
  verdictCache.set(link, { deps, verdict });
  return verdict;
}
