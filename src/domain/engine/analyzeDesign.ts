/** The engine's entry point: a design in, every verdict, finding, capacity and BOM line out. */
import { catalogWith, type Catalog } from '../catalog/catalog.ts';
import type { Design, LinkGroup, NodeId } from '../model/design.ts';
import { bandwidth, type Bandwidth } from './bandwidth.ts';
import { buildBom, fleetOf, type Bom, type Fleet } from './bom.ts';
import { describeFinding } from './describeFinding.ts';
import { deviceLoads } from './deviceLoads.ts';
import { findingAboutIn, type FindingAbout } from './findingAbout.ts';
import type { Finding } from './findings.ts';
import { analyzeGroup, type GroupAnalysis } from './groupAnalysis.ts';
import type { LinkContext, LinkVerdict } from './linkVerdict.ts';
import { placedNodes } from './placedNodes.ts';
import type { Site } from './placement.ts';

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

/**
 * The engine's work for one analysis, in counts that do not depend on the machine: a cold analysis
 * visits every group; an edit of one link group visits that group only (its links are measured and
 * tallied again), and the totals are sums of the other groups' kept parts.
 */
export interface AnalysisStats {
  /** Link groups whose verdict and partial sums (capacity, plant, cords, findings) were computed. */
  readonly groupsVisited: number;
  /** Links in those groups: each is expanded to its cables, measured and tallied once. */
  readonly linksVisited: number;
  /** Nodes whose port and module load was counted again (the ends of the groups visited, and changed nodes). */
  readonly nodesRecounted: number;
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
  /** What this analysis computed afresh, in counts (the rest was reused from earlier analyses of the same objects). */
  readonly stats: AnalysisStats;
  /** Cages in use on the busiest device of a node in one port group (0 when none): what is left for new links. */
  cagesInUse(nodeId: NodeId, portGroupIndex: number): number;
}

/** Analyzes a design; pure (the input is never changed), with per-group and per-node results reused across edits. */
export function analyzeDesign(design: Design): Analysis {
  const catalog = catalogWith(design.catalog);
  const { nodes, sites } = placedNodes(design);
  const ctx: LinkContext = { catalog, settings: design.settings, nodes };
  const visited = { groups: 0, links: 0 };
  const onVisit = (link: LinkGroup) => {
    visited.groups++;
    visited.links += link.count;
  };
  const linkById = new Map<string, LinkVerdict>();
  const groups: GroupAnalysis[] = [];
  for (const link of design.links) {
    const a = sites.get(link.a);
    const b = sites.get(link.b);
    if (!a || !b) continue;
    const group = analyzeGroup(link, a, b, ctx, onVisit);
    linkById.set(link.id, group.verdict);
    groups.push(group);
  }
  const links = [...linkById.values()];
  const loads = deviceLoads(design.links, linkById, sites, catalog);
  const bw = bandwidth(
    groups.map((g) => g.bandwidth),
    sites,
    design.settings.targetOversubscription,
  );
  const plantParts = groups.flatMap((g) => (g.plant ? [g.plant] : []));
  const bom = buildBom(design, catalog, sites, cachedFleet(sites, catalog), loads.modules, plantParts, bw);

  const about = findingAboutIn(design, nodes, catalog);
  const described = [
    ...groups.flatMap((g) => g.findings),
    ...loads.findings.map((f) => describedOnce(f, catalog, about)),
    ...bw.findings.map((f): DescribedFinding => ({ ...f, message: describeFinding(f, catalog), about: about(f) })),
  ];
  const findings = [...described.filter((f) => f.severity === 'error'), ...described.filter((f) => f.severity === 'warning')];
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
    stats: { groupsVisited: visited.groups, linksVisited: visited.links, nodesRecounted: loads.recounted },
    cagesInUse: (nodeId, portGroupIndex) => loads.busiestCages.get(nodeId)?.get(portGroupIndex) ?? 0,
  };
}

const fleetCache = new WeakMap<ReadonlyMap<NodeId, Site>, { readonly catalog: Catalog; readonly fleet: Fleet }>();

/** Devices and racks change only with the nodes (the sites map is kept per nodes array) or the catalog. */
function cachedFleet(sites: ReadonlyMap<NodeId, Site>, catalog: Catalog): Fleet {
  const hit = fleetCache.get(sites);
  if (hit?.catalog === catalog) return hit.fleet;
  const fleet = fleetOf(sites, catalog);
  fleetCache.set(sites, { catalog, fleet });
  return fleet;
}

const describedCache = new WeakMap<Finding, DescribedFinding>();

/** A node's load findings are kept with its load, so their sentences are made once too. */
function describedOnce(f: Finding, catalog: Catalog, about: (f: Finding) => FindingAbout): DescribedFinding {
  let d = describedCache.get(f);
  if (!d) describedCache.set(f, (d = { ...f, message: describeFinding(f, catalog), about: about(f) }));
  return d;
}
