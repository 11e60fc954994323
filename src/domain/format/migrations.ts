/**
 * Ordered migrations of the design file. Each takes a raw document of version N and returns version
 * N + 1 without touching its input. `version` only grows; every bump adds a step and a fixture.
 */
export interface Migration {
  readonly from: number;
  readonly describe: string;
  readonly migrate: (doc: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}

type RawNode = Readonly<Record<string, unknown>>;

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    describe: 'v0 drafts kept canvas positions on each node (`position`); v1 moves them to `layout`.',
    migrate(doc) {
      const nodes = Array.isArray(doc.nodes) ? (doc.nodes as unknown[]) : [];
      const layout: Record<string, unknown> = {};
      const movedNodes = nodes.map((node) => {
        if (!isRecord(node)) return node;
        const { position, ...rest } = node as RawNode;
        if (position !== undefined && typeof rest.id === 'string') layout[rest.id] = position;
        return rest;
      });
      return { ...doc, version: 1, nodes: movedNodes, layout: { ...layout, ...(isRecord(doc.layout) ? doc.layout : {}) } };
    },
  },
];

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Applies every migration from `version` up to the current one. */
export function migrate(doc: Readonly<Record<string, unknown>>, version: number): Record<string, unknown> {
  let out: Record<string, unknown> = { ...doc };
  for (const step of MIGRATIONS) if (step.from >= version) out = step.migrate(out);
  return out;
}
