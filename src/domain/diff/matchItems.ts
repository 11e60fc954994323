/**
 * Pairs the items of two revisions: by id first, then, for items whose id changed, by name (nodes) or
 * ends and optic (link groups), then by position, so a re-keyed rack is "changed", not "removed and added".
 */
import type { Design, DesignNode, LinkGroup } from '../model/design.ts';

/** After-id to before-id, for every matched item. */
export type IdMatch = ReadonlyMap<string, string>;

export interface Matches {
  readonly nodes: IdMatch;
  readonly links: IdMatch;
}

/** Reads an id of the after revision as the before id it matched (itself when unmatched). */
type ToBefore = (id: string) => string;

export function matchItems(before: Design, after: Design): Matches {
  const nodes = new Map<string, string>();
  const same: ToBefore = (id) => id;
  const mapped: ToBefore = (id) => nodes.get(id) ?? id;
  const nodeKeys = (ids: ToBefore) => [
    (n: DesignNode) => n.id,
    (n: DesignNode) => `${n.kind}\u0000${n.name}`,
    (n: DesignNode) => `${n.kind}\u0000${positionKey(n, ids)}`,
  ];
  pairUp(before.nodes, after.nodes, nodes, nodeKeys(same), nodeKeys(mapped));
  const links = new Map<string, string>();
  const linkKeys = (ids: ToBefore) => [
    (l: LinkGroup) => l.id,
    (l: LinkGroup) => `${ids(l.a)}\u0000${ids(l.b)}\u0000${l.optic}\u0000${l.label ?? ''}`,
    (l: LinkGroup) => `${ids(l.a)}\u0000${ids(l.b)}`,
  ];
  pairUp(before.links, after.links, links, linkKeys(same), linkKeys(mapped));
  return { nodes, links };
}

/** Where a node stands, in before-ids: its parent and its place there. */
function positionKey(node: DesignNode, ids: ToBefore): string {
  switch (node.kind) {
    case 'building':
      return `${node.campusM.x},${node.campusM.y}`;
    case 'hall':
      return `${ids(node.parent)}@${node.entryM.x},${node.entryM.y}`;
    case 'rack':
      return `${ids(node.parent)}@${node.floor.row},${node.floor.slot}`;
    case 'switch':
      return `${ids(node.parent)}@${node.floor ? `${node.floor.row},${node.floor.slot}` : 'in-rack'}`;
  }
}

/** Each key in turn pairs the items still unmatched that it identifies uniquely on both sides. */
function pairUp<T extends { readonly id: string }>(
  before: readonly T[],
  after: readonly T[],
  out: Map<string, string>,
  beforeKeys: readonly ((item: T) => string)[],
  afterKeys: readonly ((item: T) => string)[],
): void {
  beforeKeys.forEach((beforeKey, i) => {
    const taken = new Set(out.values());
    const left = unique(before.filter((b) => !taken.has(b.id)), beforeKey);
    const right = unique(after.filter((a) => !out.has(a.id)), afterKeys[i]!);
    for (const [k, a] of right) {
      const b = left.get(k);
      if (b) out.set(a.id, b.id);
    }
  });
}

/** Items by key, leaving out keys that more than one item shares (ambiguous, so not matched). */
function unique<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const byKey = new Map<string, T>();
  const shared = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (byKey.has(k)) shared.add(k);
    byKey.set(k, item);
  }
  for (const k of shared) byKey.delete(k);
  return byKey;
}
