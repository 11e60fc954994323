/** The engine's entry point: a design in, every verdict, finding, capacity and BOM line out. */
import { catalogWith, type Catalog } from '../catalog/catalog.ts';
import type { Design, LinkGroup, NodeId } from '../model/design.ts';
import type { Bandwidth } from './bandwidth.ts';
import { buildBom, fleetOf, type Bom, type Fleet } from './bom.ts';
import { describeFinding } from './describeFinding.ts';
import { findingAboutIn, type FindingAbout } from './findingAbout.ts';
import type { Finding } from './findings.ts';
import { analyzeGroup } from './groupAnalysis.ts';
import type { LinkContext, LinkVerdict } from './linkVerdict.ts';
import { placedNodes } from './placedNodes.ts';
import { keepTotals, takeTotals } from './runningTotals.ts';
import type { Site } from './placement.ts';
import { portUseOf, type NodePortUse } from './portUse.ts';

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
  /** GPU-less devices on the fabric (UFM appliances), counted apart from servers and switches. */
  readonly appliances: number;
  readonly switches: number;
}

/**
 * The engine's work for one analysis, in counts that do not depend on the machine: a cold analysis
 * visits every group and adds every part to the totals; an edit of one link group visits that group
 * only (its links are measured and tallied again), and moves the totals by its old and new parts.
 */
export interface AnalysisStats {
  /** Link groups whose verdict and partial sums (capacity, plant, cords, findings) were computed. */
  readonly groupsVisited: number;
  /** Links in those groups: each is expanded to its cables, measured and tallied once. */
  readonly linksVisited: number;
  /** Nodes whose port and module load was counted again (the ends of the groups visited, and changed nodes). */
  readonly nodesRecounted: number;
  /**
   * Parts taken back from or added to the running totals (BOM, capacity, findings, summary): a
   * group's part or a node's load. Every part for a cold analysis; for an edit of one group, its
   * old and new parts and its two end nodes' old and new loads.
   */
  readonly partsReaggregated: number;
}

export interface Analysis {
  readonly catalog: Catalog;
  readonly sites: ReadonlyMap<NodeId, Site>;
  readonly links: readonly LinkVerdict[];
  readonly linkById: ReadonlyMap<string, LinkVerdict>;
  /** Errors first, then warnings, each in design order (link groups, then devices in node order). */
  readonly findings: readonly DescribedFinding[];
  readonly summary: Summary;
  readonly bandwidth: Bandwidth;
  readonly bom: Bom;
  /** What this analysis computed afresh, in counts (the rest was reused from earlier analyses of the same objects). */
  readonly stats: AnalysisStats;
  /** Cages in use on the busiest device of a node in one port group (0 when none): what is left for new links. */
  cagesInUse(nodeId: NodeId, portGroupIndex: number): number;
  /** A rack or switch node's port groups on its busiest device: cages used per link group, and free (null: not a placed rack or switch). */
  portUse(nodeId: NodeId): NodePortUse | null;
}

/**
 * Analyzes a design; pure (the input is never changed). Per-group and per-node results are reused
 * across edits, and the totals are moved from the previous analysis with the same settings object.
 */
export function analyzeDesign(design: Design): Analysis {
  const catalog = catalogWith(design.catalog);
  const { nodes, sites, order } = placedNodes(design);
  const ctx: LinkContext = { catalog, settings: design.settings, nodes };
  const visited = { groups: 0, links: 0 };
  const onVisit = (link: LinkGroup) => {
    visited.groups++;
    visited.links += link.count;
  };
  const groupOf = (link: LinkGroup) => {
    const a = sites.get(link.a);
    const b = sites.get(link.b);
    return a && b ? analyzeGroup(link, a, b, ctx, onVisit) : null;
  };
  const totals = takeTotals(design.settings, catalog, design.links);
  const step = totals.advance(design.links, sites, order, groupOf);
  const bw = totals.bandwidth.read(sites, order, design.settings.targetOversubscription);
  const bom = buildBom(design, catalog, cachedFleet(sites, catalog), totals.modules.lines(), totals.plant, bw);
  const about = findingAboutIn(design, nodes, catalog);
  const findings = totals.findings([
    totals.groupFindings,
    describedAll(totals.loadFindings, catalog, about),
    describedAll(bw.findings, catalog, about),
  ]);
  keepTotals(design.settings, totals);
  const servers = bom.devices.filter((d) => d.role === 'server');
  return {
    catalog,
    sites,
    links: totals.verdicts,
    linkById: totals.linkById,
    findings,
    summary: {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      linkGroups: design.links.length,
      links: totals.linkCount,
      cables: totals.cables,
      gpus: servers.reduce((sum, d) => sum + d.gpus, 0),
      servers: servers.reduce((sum, d) => sum + d.count, 0),
      appliances: bom.devices.filter((d) => d.role === 'appliance').reduce((sum, d) => sum + d.count, 0),
      switches: bom.devices.filter((d) => d.role !== 'server' && d.role !== 'appliance').reduce((sum, d) => sum + d.count, 0),
    },
    bandwidth: bw,
    bom,
    stats: { groupsVisited: visited.groups, linksVisited: visited.links, nodesRecounted: step.nodesRecounted, partsReaggregated: step.partsReaggregated },
    cagesInUse: (nodeId, portGroupIndex) => step.loads.get(nodeId)?.busiestCages.get(portGroupIndex) ?? 0,
    portUse: (nodeId) => {
      const site = sites.get(nodeId);
      return site ? portUseOf(site, step.loads.get(nodeId), catalog) : null;
    },
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
const describedLists = new WeakMap<readonly Finding[], readonly DescribedFinding[]>();

/** Device findings are kept with their node's load or switch share, so their sentences are made once, and so are the lists of them. */
function describedAll(list: readonly Finding[], catalog: Catalog, about: (f: Finding) => FindingAbout): readonly DescribedFinding[] {
  let described = describedLists.get(list);
  if (!described) describedLists.set(list, (described = list.map((f) => describedOnce(f, catalog, about))));
  return described;
}

function describedOnce(f: Finding, catalog: Catalog, about: (f: Finding) => FindingAbout): DescribedFinding {
  let d = describedCache.get(f);
  if (!d) describedCache.set(f, (d = { ...f, message: describeFinding(f, catalog), about: about(f) }));
  return d;
}
