/**
 * The canvas's elements at a level of detail: the full derivation (flowElementsOf) with collapsed
 * buildings and halls swapped for summary cards, their contents left out, and the link groups
 * between cards drawn as aggregated edges. Unchanged cards and edges keep their identity.
 */
import type { Analysis } from '../../domain/engine/analyzeDesign.ts';
import type { Design, NodeId } from '../../domain/model/design.ts';
import type { FlowElements } from '../flowElementsOf.ts';
import type { AggregateFlowEdge, FabricFlowNode, LinkGroupFlowEdge, SummaryFlowNode } from '../flowTypes.ts';
import { sameShape } from '../sameShape.ts';
import { EDGE_Z } from '../stacking.ts';
import { aggregateLinks, shownAs, type LinkAggregate } from './aggregateLinks.ts';
import { containerSummaries } from './containerSummaries.ts';
import { summaryName } from './summaryFacts.ts';
import { titleRooms } from './titleRoom.ts';

export interface LodElements {
  readonly nodes: FabricFlowNode[];
  readonly edges: (LinkGroupFlowEdge | AggregateFlowEdge)[];
}

/** Summary cards stack over the runs, so a name plate reaching past its card hides the aggregated edge under it, not the reverse. */
const SUMMARY_Z = EDGE_Z + 1;

const summaries = new Map<NodeId, SummaryFlowNode>();
const aggregates = new Map<string, { signature: string; edge: AggregateFlowEdge }>();

export function lodElements(design: Design, analysis: Analysis, elements: FlowElements, collapsed: ReadonlySet<NodeId>): LodElements {
  if (!collapsed.size) return elements;
  const shown = shownAs(design, collapsed);
  const tallies = containerSummaries(design, analysis);
  const cards = new Map(elements.nodes.flatMap((n) => (collapsed.has(n.id) && shown(n.id) === n.id && elements.rects.has(n.id) ? [[n.id, elements.rects.get(n.id)!] as const] : [])));
  const rooms = titleRooms(cards);
  const nodes = elements.nodes.flatMap((node): FabricFlowNode[] => {
    if (shown(node.id) !== node.id) return [];
    const tally = tallies.get(node.id);
    if (!collapsed.has(node.id) || !tally || (node.type !== 'building' && node.type !== 'hall')) return [node];
    const kindLabel = node.type === 'hall' ? ('Hall' as const) : ('Building' as const);
    const data = { name: node.data.name, kindLabel, titleRoomPx: rooms.get(node.id) ?? null, ...tally };
    const next: SummaryFlowNode = {
      ...pick(node),
      zIndex: SUMMARY_Z,
      type: 'summary',
      data,
      ariaLabel: summaryName(data),
      connectable: false,
      draggable: false,
    };
    return [kept(summaries, node.id, next)];
  });
  const linked = aggregateLinks(design, analysis, collapsed);
  const names = new Map(design.nodes.map((n) => [n.id, n.name]));
  const edgeOf = new Map(elements.edges.map((e) => [e.id, e]));
  const edges: (LinkGroupFlowEdge | AggregateFlowEdge)[] = elements.edges.filter((e) => linked.direct.has(e.id));
  for (const agg of linked.aggregates) edges.push(aggregateEdge(agg, names, edgeOf));
  return { nodes, edges };
}

function pick(node: FabricFlowNode) {
  const { id, position, width, height, measured, parentId, zIndex } = node;
  return { id, position, width, height, measured, zIndex, ...(parentId ? { parentId } : {}) };
}

function kept(cache: Map<NodeId, SummaryFlowNode>, id: NodeId, next: SummaryFlowNode): SummaryFlowNode {
  const prev = cache.get(id);
  if (prev && sameShape(prev, next)) return prev;
  cache.set(id, next);
  return next;
}

function aggregateEdge(agg: LinkAggregate, names: ReadonlyMap<NodeId, string>, edgeOf: ReadonlyMap<string, LinkGroupFlowEdge>): AggregateFlowEdge {
  const groups = agg.linkIds.map((id) => {
    const edge = edgeOf.get(id);
    const ends = edge ? ` (${names.get(edge.source) ?? edge.source} – ${names.get(edge.target) ?? edge.target})` : '';
    return { id, status: edge?.data?.status ?? agg.status, text: `${edge?.data?.text ?? id}${ends}` };
  });
  const between = `${names.get(agg.source) ?? agg.source} – ${names.get(agg.target) ?? agg.target}`;
  const signature = JSON.stringify([agg.status, agg.links, agg.capacityGbps, between, groups]);
  const prev = aggregates.get(agg.id);
  if (prev?.signature === signature) return prev.edge;
  const edge: AggregateFlowEdge = {
    id: agg.id,
    source: agg.source,
    target: agg.target,
    type: 'aggregate',
    zIndex: EDGE_Z,
    selectable: false,
    ariaLabel: `Aggregated edge ${between}`,
    data: { status: agg.status, links: agg.links, capacityGbps: agg.capacityGbps, between, groups },
  };
  aggregates.set(agg.id, { signature, edge });
  return edge;
}
