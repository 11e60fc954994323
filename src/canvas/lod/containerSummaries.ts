/**
 * What a building or hall holds, for its summary card when zoomed out: GPUs, switches, device power
 * and findings inside it. Derived once per analysis (one pass over nodes and findings).
 */
import type { Analysis } from '../../domain/engine/analyzeDesign.ts';
import { findingSubject } from '../../domain/engine/findings.ts';
import type { Design, DesignNode, NodeId } from '../../domain/model/design.ts';

/** A type, not an interface: React Flow node data must be assignable to Record<string, unknown>. */
export type ContainerSummary = {
  readonly gpus: number;
  readonly switches: number;
  /** Typical power of the servers and switches whose power is published, W. */
  readonly powerW: number;
  /** Servers and switches counted without power: their maker publishes none. */
  readonly unpublishedPower: number;
  readonly errors: number;
  readonly warnings: number;
};

type Tally = { -readonly [K in keyof ContainerSummary]: ContainerSummary[K] };

const cache = new WeakMap<Analysis, Map<NodeId, ContainerSummary>>();

export function containerSummaries(design: Design, analysis: Analysis): ReadonlyMap<NodeId, ContainerSummary> {
  const found = cache.get(analysis);
  if (found) return found;
  const byId = new Map<NodeId, DesignNode>(design.nodes.map((n) => [n.id, n]));
  const tallies = new Map<NodeId, Tally>();
  for (const n of design.nodes) if (n.kind === 'building' || n.kind === 'hall') tallies.set(n.id, { gpus: 0, switches: 0, powerW: 0, unpublishedPower: 0, errors: 0, warnings: 0 });
  /** The building and hall holding a node (the node itself included when it is one). */
  const holders = (id: NodeId): Tally[] => {
    const out: Tally[] = [];
    for (let n = byId.get(id); n; n = n.kind === 'building' ? undefined : byId.get(n.parent)) {
      const t = tallies.get(n.id);
      if (t) out.push(t);
    }
    return out;
  };
  for (const n of design.nodes) {
    const units = n.kind === 'rack' && n.contents ? n.quantity * n.contents.perRack : n.kind === 'switch' ? n.quantity : 0;
    if (!units || (n.kind !== 'rack' && n.kind !== 'switch')) continue;
    const model = n.kind === 'rack' ? n.contents!.model : n.model;
    const spec = analysis.catalog.devices[model];
    for (const t of holders(n.id)) {
      if (n.kind === 'rack') t.gpus += units * (spec?.gpus ?? 0);
      else t.switches += units;
      if (spec?.powerTypW != null) t.powerW += units * spec.powerTypW;
      else t.unpublishedPower += units;
    }
  }
  const linkEnds = new Map(design.links.map((l) => [l.id, [l.a, l.b] as const]));
  for (const f of analysis.findings) {
    const subject = findingSubject(f);
    const ends = subject.nodeId ? [subject.nodeId] : subject.linkId ? (linkEnds.get(subject.linkId) ?? []) : [];
    // a finding about a link inside a hall counts once for that hall, not once per end
    for (const t of new Set(ends.flatMap(holders))) {
      if (f.severity === 'error') t.errors += 1;
      else t.warnings += 1;
    }
  }
  cache.set(analysis, tallies);
  return tallies;
}
