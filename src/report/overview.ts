/** What the report's overview picture shows: each building with its halls and their counts, and the trunks between buildings. */
import type { Analysis } from '../domain/engine/analyzeDesign.ts';
import type { Design, NodeId } from '../domain/model/design.ts';

export interface HallSummary {
  readonly id: NodeId;
  readonly name: string;
  readonly gpus: number;
  readonly servers: number;
  readonly switches: number;
  readonly racks: number;
}

export interface BuildingSummary {
  readonly id: NodeId;
  readonly name: string;
  readonly halls: readonly HallSummary[];
}

export interface Trunk {
  readonly a: NodeId;
  readonly b: NodeId;
  readonly capacityGbps: number;
  readonly pairs: number;
}

export interface Overview {
  readonly buildings: readonly BuildingSummary[];
  readonly trunks: readonly Trunk[];
}

export function overviewOf(design: Design, analysis: Analysis): Overview {
  const counts = new Map<NodeId, { gpus: number; servers: number; switches: number; racks: number }>();
  for (const site of analysis.sites.values()) {
    const c = counts.get(site.hallId) ?? { gpus: 0, servers: 0, switches: 0, racks: 0 };
    if (site.node.kind === 'rack') {
      c.racks += site.racks;
      c.servers += site.devices;
      c.gpus += site.devices * (site.model ? (analysis.catalog.devices[site.model]?.gpus ?? 0) : 0);
    } else {
      c.switches += site.devices;
    }
    counts.set(site.hallId, c);
  }
  const buildings = design.nodes.flatMap((b) =>
    b.kind !== 'building'
      ? []
      : [{
          id: b.id,
          name: b.name,
          halls: design.nodes.flatMap((h) => (h.kind === 'hall' && h.parent === b.id ? [{ id: h.id, name: h.name, ...(counts.get(h.id) ?? { gpus: 0, servers: 0, switches: 0, racks: 0 }) }] : [])),
        }],
  );
  const trunks = analysis.bandwidth.buildings.map(({ a, b, capacityGbps, pairs }) => ({ a, b, capacityGbps, pairs }));
  return { buildings, trunks };
}
