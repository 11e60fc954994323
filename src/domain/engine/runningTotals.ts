/**
 * What an analysis sums over link groups and nodes (capacity, BOM, findings, summary counts), kept
 * between the analyses of designs that share a settings object and moved by what an edit changed:
 * the parts of the groups it removed or replaced are taken back, those of its new groups added,
 * and only the nodes they land on are counted again. The sums are of integers (see Tally), so the
 * totals are the ones summing every part afresh gives; when a sum is not an integer, or most groups
 * changed, the analysis starts from empty totals (and adds every part, in design order).
 */
import type { Catalog } from '../catalog/catalog.ts';
import type { LinkGroup, NodeId, Settings } from '../model/design.ts';
import type { DescribedFinding } from './analyzeDesign.ts';
import { BandwidthTotals } from './bandwidth.ts';
import { addNodeModules, moduleTally } from './bom.ts';
import { LoadTotals, type Landing, type NodeLoad } from './deviceLoads.ts';
import type { PortsExhausted, PowerClassExceeded } from './findings.ts';
import type { GroupAnalysis } from './groupAnalysis.ts';
import { linkWindows, removedCount } from './linkWindow.ts';
import type { LinkVerdict } from './linkVerdict.ts';
import type { Site } from './placement.ts';
import { PlantTotals } from './plantTotals.ts';
import { SharedMap } from './sharedMap.ts';

/** A link's group share, or null when an end is not placed (the group is left out, as in the totals). */
export type GroupOf = (link: LinkGroup) => GroupAnalysis | null;

export interface Advance {
  /** Group parts and node loads taken back from or added to the totals. */
  readonly partsReaggregated: number;
  readonly nodesRecounted: number;
  /** Every node's load (a map shared with the previous analysis where unchanged). */
  readonly loads: ReadonlyMap<NodeId, NodeLoad>;
}

type LoadFinding = PortsExhausted | PowerClassExceeded;

export class RunningTotals {
  private links: readonly LinkGroup[] = [];
  /** The group of each link (same index), null where an end is not placed. */
  private groups: (GroupAnalysis | null)[] = [];
  private sites: ReadonlyMap<NodeId, Site> = new Map();
  readonly bandwidth = new BandwidthTotals();
  readonly plant = new PlantTotals();
  readonly modules = moduleTally();
  private readonly loads = new LoadTotals();
  private readonly loadFindingsByNode = new Map<NodeId, readonly LoadFinding[]>();
  private parts = 0;
  private findingsMemo: { readonly lists: readonly (readonly DescribedFinding[])[]; readonly findings: readonly DescribedFinding[] } | null = null;
  /** Links in the design (placed or not), and cable paths of the placed groups. */
  linkCount = 0;
  cables = 0;
  groupFindings: readonly DescribedFinding[] = [];
  loadFindings: readonly LoadFinding[] = [];
  linkById = SharedMap.of<string, LinkVerdict>([]);
  verdicts: readonly LinkVerdict[] = [];

  constructor(readonly catalog: Catalog) {}

  get exact(): boolean {
    return this.bandwidth.exact && this.plant.exact && this.modules.exact;
  }

  /** True when reusing these totals for `links` would take back most of them (starting empty is then less work). */
  farFrom(links: readonly LinkGroup[]): boolean {
    return removedCount(linkWindows(this.links, links)) > this.links.length / 2;
  }

  /** Moves the totals to the design with `links` on `sites` (`order`: each site's place among them). */
  advance(links: readonly LinkGroup[], sites: ReadonlyMap<NodeId, Site>, order: ReadonlyMap<NodeId, number>, groupOf: GroupOf): Advance {
    this.parts = 0;
    const groups = this.groups;
    // each id's last word: an id taken out and put back is set in place
    const byId = new Map<string, LinkVerdict | undefined>();
    let groupFindingsMoved = false;
    let inPlace = true;
    const windows = linkWindows(this.links, links);
    // where each id taken out stood (stretch and place in it): an id put back elsewhere moved in the order
    const removedAt = new Map<string, string>();
    windows.forEach(({ oldStart, oldEnd }, w) => {
      for (let k = oldStart; k < oldEnd; k++) removedAt.set(this.links[k]!.id, `${w}:${k - oldStart}`);
    });
    // last stretch first: the links after a stretch are then all of the new design, as `LoadTotals.replace` needs
    for (const [w, { oldStart, oldEnd, newStart, newEnd }] of [...windows.entries()].reverse()) {
      const removed = this.links.slice(oldStart, oldEnd);
      const added = links.slice(newStart, newEnd);
      // the groups before this stretch are still in the old design's places
      const oldGroups = groups.slice(oldStart, oldEnd);
      const newGroups = added.map(groupOf);
      removed.forEach((l, i) => {
        this.move(l, oldGroups[i]!, -1);
        byId.set(l.id, undefined);
      });
      added.forEach((l, i) => {
        this.move(l, newGroups[i]!, 1);
        byId.set(l.id, newGroups[i]?.verdict);
      });
      this.loads.replace(landings(removed, oldGroups), landings(added, newGroups), links, newEnd);
      groups.splice(oldStart, oldEnd - oldStart, ...newGroups);
      groupFindingsMoved ||= [...oldGroups, ...newGroups].some(hasFindings);
      // the map keeps design order when ids stay in place, only leave, or only arrive at the end; otherwise it is made again.
      // An id not in the map (its group was not placed) that gets a group arrives where it stands, in place only at the end
      const atEnd = removed.length === 0 && newEnd === links.length;
      inPlace &&=
        (added.length === 0 || atEnd || (added.length === removed.length && added.every((l, i) => removed[i]!.id === l.id))) &&
        added.every((l, i) => {
          const was = removedAt.get(l.id);
          const arrives = newGroups[i] !== null && !this.linkById.has(l.id);
          return (was === undefined || was === `${w}:${i}`) && (!arrives || atEnd);
        });
    }

    const nodesChanged = sites !== this.sites;
    if (nodesChanged) {
      // any group may land on a changed node (its site is then a new object); the new ones are found again, from the cache
      links.forEach((link, i) => {
        const old = groups[i]!;
        const group = groupOf(link);
        if (group === old) return;
        this.move(link, old, -1);
        this.move(link, group, 1);
        groups[i] = group;
        byId.set(link.id, group?.verdict);
        // a group placed now that was not before enters the map in the middle
        inPlace &&= old !== null || group === null;
        this.loads.replace(landings([link], [old]), landings([link], [group]), links, i + 1);
        groupFindingsMoved ||= hasFindings(old) || hasFindings(group);
      });
      for (const [id, site] of sites) if (this.sites.get(id) !== site) this.loads.touch(id);
      for (const id of this.sites.keys()) if (!sites.has(id)) this.loads.touch(id);
    }

    // a node's place in the findings follows the nodes' order, which only a nodes edit changes
    let loadFindingsMoved = nodesChanged;
    const counted = this.loads.recount(sites, this.catalog, (nodeId, old, load) => {
      if (old) addNodeModules(this.modules, old.modules, old.serverSide, -1);
      if (load) addNodeModules(this.modules, load.modules, load.serverSide, 1);
      this.parts += (old ? 1 : 0) + (load ? 1 : 0);
      if (!old?.findings.length && !load?.findings.length) return;
      if (load?.findings.length) this.loadFindingsByNode.set(nodeId, load.findings);
      else this.loadFindingsByNode.delete(nodeId);
      loadFindingsMoved = true;
    });
    if (loadFindingsMoved) this.loadFindings = [...this.loadFindingsByNode].sort(([x], [y]) => order.get(x)! - order.get(y)!).flatMap(([, f]) => f);
    if (groupFindingsMoved) this.groupFindings = groups.flatMap((g) => g?.findings ?? []);
    this.linkById = inPlace ? this.linkById.with(byId) : SharedMap.of(verdictEntries(links, groups));
    if (byId.size > 0) this.verdicts = verdictsOf(groups);
    this.links = links;
    this.sites = sites;
    return { partsReaggregated: this.parts, nodesRecounted: counted.recounted, loads: counted.loads };
  }

  /** Errors first, then warnings, each in the order of `lists` and within them; the previous result while the lists are the same arrays. */
  findings(lists: readonly (readonly DescribedFinding[])[]): readonly DescribedFinding[] {
    const memo = this.findingsMemo;
    if (memo && memo.lists.length === lists.length && memo.lists.every((l, i) => l === lists[i])) return memo.findings;
    const all = lists.flat();
    const findings = [...all.filter((f) => f.severity === 'error'), ...all.filter((f) => f.severity === 'warning')];
    this.findingsMemo = { lists, findings };
    return findings;
  }

  /** Takes back (-1) or adds (1) a group's part: capacity, plant, cords, summary counts. */
  private move(link: LinkGroup, g: GroupAnalysis | null, sign: 1 | -1): void {
    this.linkCount += sign * link.count;
    if (!g) return;
    this.bandwidth.add(g.bandwidth, sign);
    if (g.plant) this.plant.add(g.plant, sign);
    this.cables += sign * g.verdict.cables * g.verdict.cordsPerCable;
    this.parts++;
  }
}

const hasFindings = (g: GroupAnalysis | null) => (g?.findings.length ?? 0) > 0;

function verdictsOf(groups: readonly (GroupAnalysis | null)[]): LinkVerdict[] {
  const out: LinkVerdict[] = [];
  for (const g of groups) if (g) out.push(g.verdict);
  return out;
}

function verdictEntries(links: readonly LinkGroup[], groups: readonly (GroupAnalysis | null)[]): [string, LinkVerdict][] {
  const out: [string, LinkVerdict][] = [];
  groups.forEach((g, i) => g && out.push([links[i]!.id, g.verdict]));
  return out;
}

function landings(links: readonly LinkGroup[], groups: readonly (GroupAnalysis | null)[]): Landing[] {
  return links.flatMap((link, i) => {
    const g = groups[i];
    return g ? [{ link, verdict: g.verdict }] : [];
  });
}

const kept = new WeakMap<Settings, RunningTotals>();

/**
 * The totals of the last analysis made with these settings, taken out of the cache (an analysis
 * that throws half way leaves none behind), or empty ones when they cannot serve.
 */
export function takeTotals(settings: Settings, catalog: Catalog, links: readonly LinkGroup[]): RunningTotals {
  const totals = kept.get(settings);
  kept.delete(settings);
  if (totals && totals.catalog === catalog && totals.exact && !totals.farFrom(links)) return totals;
  return new RunningTotals(catalog);
}

export function keepTotals(settings: Settings, totals: RunningTotals): void {
  kept.set(settings, totals);
}
