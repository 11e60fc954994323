/**
 * Link groups as drawn at a level of detail. A collapsed container (a building or hall drawn as a
 * summary card) stands for everything inside it, so each link end is drawn at its outermost
 * collapsed holder. Groups whose two ends land on the same card are inside it (the card counts
 * them); groups between two different cards, or a card and a node, are drawn as ONE aggregated
 * edge per pair with the total count, capacity and worst verdict; the rest are drawn as they are.
 */
import type { Analysis } from '../../domain/engine/analyzeDesign.ts';
import type { LinkStatus } from '../../domain/engine/linkVerdict.ts';
import { placedNodes } from '../../domain/engine/placedNodes.ts';
import type { Design, LinkId, NodeId } from '../../domain/model/design.ts';

export interface LinkAggregate {
  /** "agg:" and the two ends, in order. */
  readonly id: string;
  readonly source: NodeId;
  readonly target: NodeId;
  readonly linkIds: readonly LinkId[];
  /** Links in all the groups. */
  readonly links: number;
  readonly capacityGbps: number;
  readonly status: LinkStatus;
}

export interface AggregatedLinks {
  /** Link groups drawn as their own edge (both ends shown). */
  readonly direct: ReadonlySet<LinkId>;
  readonly aggregates: readonly LinkAggregate[];
  /** Link groups hidden inside one summary card. */
  readonly inside: number;
}

const RANK: Record<LinkStatus, number> = { ok: 0, warning: 1, error: 2 };

export const AGGREGATE_PREFIX = 'agg:';

/** The node a node is drawn as: its outermost collapsed holder (itself included), or itself. */
export function shownAs(design: Design, collapsed: ReadonlySet<NodeId>): (id: NodeId) => NodeId {
  const byId = placedNodes(design).nodes;
  return (id) => {
    let shown = id;
    for (let n = byId.get(id); n; n = n.kind === 'building' ? undefined : byId.get(n.parent)) if (collapsed.has(n.id)) shown = n.id;
    return shown;
  };
}

export function aggregateLinks(design: Design, analysis: Analysis, collapsed: ReadonlySet<NodeId>): AggregatedLinks {
  const shown = shownAs(design, collapsed);
  const direct = new Set<LinkId>();
  const pairs = new Map<string, { source: NodeId; target: NodeId; linkIds: LinkId[]; links: number; capacityGbps: number; status: LinkStatus }>();
  let inside = 0;
  for (const link of design.links) {
    const a = shown(link.a);
    const b = shown(link.b);
    if (a === b) inside += 1;
    else if (a === link.a && b === link.b) direct.add(link.id);
    else {
      const [source, target] = a < b ? [a, b] : [b, a];
      const key = `${AGGREGATE_PREFIX}${source}|${target}`;
      let pair = pairs.get(key);
      if (!pair) pairs.set(key, (pair = { source, target, linkIds: [], links: 0, capacityGbps: 0, status: 'ok' }));
      const verdict = analysis.linkById.get(link.id);
      pair.linkIds.push(link.id);
      pair.links += link.count;
      pair.capacityGbps += verdict?.capacityGbps ?? 0;
      if (verdict && RANK[verdict.status] > RANK[pair.status]) pair.status = verdict.status;
    }
  }
  return { direct, aggregates: [...pairs].map(([id, p]) => ({ id, ...p })), inside };
}
