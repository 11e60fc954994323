/**
 * Edits of a design as pure functions: each returns a new design and keeps every untouched node,
 * link and layout entry identical, so the engine's per-link cache and undo snapshots stay cheap.
 */
import type { Design, DesignNode, LayoutEntry, LinkGroup, LinkId, NodeId, Settings } from '../model/design.ts';

type Patch<T> = Partial<Omit<T, 'id' | 'kind'>>;
export type NodePatch = Patch<DesignNode> & Record<string, unknown>;

export function addNodes(design: Design, nodes: readonly DesignNode[], layout: Readonly<Record<NodeId, LayoutEntry>> = {}): Design {
  return { ...design, nodes: [...design.nodes, ...nodes], layout: { ...design.layout, ...layout } };
}

/** Applies a patch to one node; fields set to undefined are removed (e.g. a switch leaving its floor). */
export function updateNode(design: Design, id: NodeId, patch: NodePatch): Design {
  return {
    ...design,
    nodes: design.nodes.map((n) => (n.id === id ? (dropUndefined({ ...n, ...patch }) as DesignNode) : n)),
  };
}

export function updateLink(design: Design, id: LinkId, patch: Patch<LinkGroup> & Record<string, unknown>): Design {
  return { ...design, links: design.links.map((l) => (l.id === id ? (dropUndefined({ ...l, ...patch }) as LinkGroup) : l)) };
}

export function addLinks(design: Design, links: readonly LinkGroup[]): Design {
  return { ...design, links: [...design.links, ...links] };
}

/** Removes nodes with everything inside them, the links that end on any of them, and their layout. */
export function removeNodes(design: Design, ids: Iterable<NodeId>): Design {
  const gone = withDescendants(design, ids);
  if (gone.size === 0) return design;
  const layout = { ...design.layout };
  for (const id of gone) delete layout[id];
  return {
    ...design,
    nodes: design.nodes.filter((n) => !gone.has(n.id)),
    links: design.links.filter((l) => !gone.has(l.a) && !gone.has(l.b)),
    layout,
  };
}

export function removeLinks(design: Design, ids: Iterable<LinkId>): Design {
  const gone = new Set(ids);
  return gone.size ? { ...design, links: design.links.filter((l) => !gone.has(l.id)) } : design;
}

export function setLayout(design: Design, entries: Readonly<Record<NodeId, LayoutEntry>>): Design {
  return { ...design, layout: { ...design.layout, ...entries } };
}

export function updateSettings(design: Design, patch: Partial<Settings>): Design {
  return { ...design, settings: { ...design.settings, ...patch } };
}

/** Sets or clears (null) the unit price of a device model or module id. */
export function setUnitPrice(design: Design, item: string, price: number | null): Design {
  const prices = { ...design.prices };
  if (price === null) delete prices[item];
  else prices[item] = price;
  return { ...design, prices };
}

export function renameDesign(design: Design, name: string): Design {
  return { ...design, name };
}

/** The ids given plus every node nested in them, at any depth. */
export function withDescendants(design: Design, ids: Iterable<NodeId>): Set<NodeId> {
  const out = new Set(ids);
  let grew = true;
  while (grew) {
    grew = false;
    for (const n of design.nodes) {
      if (n.kind !== 'building' && out.has(n.parent) && !out.has(n.id)) {
        out.add(n.id);
        grew = true;
      }
    }
  }
  return out;
}

/** A fresh id with a readable prefix that no node or link of the design uses. */
export function freshId(design: Design, prefix: string, taken: ReadonlySet<string> = new Set()): string {
  const used = new Set<string>(taken);
  for (const n of design.nodes) used.add(n.id);
  for (const l of design.links) used.add(l.id);
  for (let i = 1; ; i++) {
    const id = `${prefix}-${i}`;
    if (!used.has(id)) return id;
  }
}

function dropUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
