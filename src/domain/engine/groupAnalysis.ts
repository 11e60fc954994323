/**
 * One link group's share of an analysis: its verdict and what it adds to the totals (capacity, plant
 * and cords, findings with their sentences). Kept per link object and reused while the link, its two
 * end nodes, their containers, the settings and the catalog are the same objects; the store keeps
 * untouched objects identical, so an edit analyzes only the groups it changed and the totals are sums
 * of the kept parts.
 */
import type { LinkGroup } from '../model/design.ts';
import type { DescribedFinding } from './analyzeDesign.ts';
import { bandwidthPart, type BandwidthPart } from './bandwidth.ts';
import { describeFinding } from './describeFinding.ts';
import { linkGroupAbout } from './findingAbout.ts';
import { linkVerdict, type LinkContext, type LinkVerdict } from './linkVerdict.ts';
import type { Site } from './placement.ts';
import { plantPart, type PlantPart } from './plantPart.ts';

export interface GroupAnalysis {
  readonly verdict: LinkVerdict;
  readonly bandwidth: BandwidthPart;
  /** Null when the group's optic is not in the catalog (nothing to count in the plant). */
  readonly plant: PlantPart | null;
  readonly findings: readonly DescribedFinding[];
}

/** What a group's share depends on besides the link: its two sites (kept per node and containers), the settings, the catalog. */
interface CacheEntry {
  readonly a: Site;
  readonly b: Site;
  readonly settings: LinkContext['settings'];
  readonly catalog: LinkContext['catalog'];
  readonly group: GroupAnalysis;
}

const groupCache = new WeakMap<LinkGroup, CacheEntry>();

/**
 * The group's share, from the cache or computed (then `onVisit` is told: the group's links were visited).
 * A site object stands for its node and the node's containers (placedNodes keeps it while they are the
 * same objects), so comparing sites compares everything the verdict reads from the node tree.
 */
export function analyzeGroup(link: LinkGroup, a: Site, b: Site, ctx: LinkContext, onVisit: (link: LinkGroup) => void): GroupAnalysis {
  const { nodes, settings, catalog } = ctx;
  const hit = groupCache.get(link);
  if (hit && hit.a === a && hit.b === b && hit.settings === settings && hit.catalog === catalog) return hit.group;
  onVisit(link);
  const verdict = linkVerdict(link, a, b, ctx);
  const about = linkGroupAbout(link, nodes, ctx.catalog);
  const group: GroupAnalysis = {
    verdict,
    bandwidth: bandwidthPart(link, verdict, a, b),
    plant: plantPart(link, verdict, ctx.catalog, a, b, nodes),
    findings: verdict.findings.map((f): DescribedFinding => ({ ...f, message: describeFinding(f, ctx.catalog), about })),
  };
  groupCache.set(link, { a, b, settings, catalog, group });
  return group;
}
