/**
 * Copy and paste of a selection: the nodes (with everything inside them), the links among them,
 * and their layout, as a versioned fragment that can travel between tabs as text.
 */
import { z } from 'zod';
import type { Catalog } from '../catalog/catalog.ts';
import { linkSchema, nodeSchema } from '../format/designSchema.ts';
import type { Design, DesignNode, LayoutEntry, LinkGroup, NodeId } from '../model/design.ts';
import { nestingRefusal } from '../model/nesting.ts';
import { addLinks, addNodes, freshId, withDescendants } from './designEdits.ts';
import { ownEntry } from '../ownTable.ts';

export const FRAGMENT_FORMAT = 'fabric-designer-fragment';

export interface Fragment {
  readonly format: typeof FRAGMENT_FORMAT;
  readonly version: 1;
  readonly nodes: readonly DesignNode[];
  readonly links: readonly LinkGroup[];
  readonly layout: Readonly<Record<NodeId, LayoutEntry>>;
}

export function copyFragment(design: Design, ids: Iterable<NodeId>): Fragment {
  const picked = withDescendants(design, ids);
  const nodes = design.nodes.filter((n) => picked.has(n.id));
  const links = design.links.filter((l) => picked.has(l.a) && picked.has(l.b));
  const layout = Object.fromEntries(nodes.flatMap((n) => {
    const entry = ownEntry(design.layout, n.id);
    return entry ? [[n.id, entry]] : [];
  }));
  return { format: FRAGMENT_FORMAT, version: 1, nodes, links, layout };
}

export interface PasteResult {
  readonly design: Design;
  /** Ids of the pasted top-level nodes, to select them. */
  readonly pastedIds: readonly NodeId[];
}

/**
 * Pastes with fresh ids. A pasted node whose parent was not copied goes into `target` when it may
 * sit there, else back into its original parent if that still exists; otherwise it is left out.
 */
export function pasteFragment(design: Design, fragment: Fragment, target: DesignNode | null, offset = { x: 40, y: 40 }): PasteResult {
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const inFragment = new Set(fragment.nodes.map((n) => n.id));
  const rename = new Map<NodeId, NodeId>();
  const taken = new Set<string>();
  for (const n of fragment.nodes) {
    const id = freshId(design, n.id.replace(/-\d+$/, ''), taken);
    taken.add(id);
    rename.set(n.id, id);
  }
  const nodes: DesignNode[] = [];
  const pastedIds: NodeId[] = [];
  for (const n of fragment.nodes) {
    const id = rename.get(n.id)!;
    if (n.kind === 'building') {
      nodes.push({ ...n, id });
      pastedIds.push(id);
      continue;
    }
    if (inFragment.has(n.parent)) {
      nodes.push({ ...n, id, parent: rename.get(n.parent)! });
      continue;
    }
    const parent = target && nestingRefusal(n.kind, target) === null ? target : byId.get(n.parent);
    if (!parent || nestingRefusal(n.kind, parent) !== null) continue;
    nodes.push({ ...n, id, parent: parent.id });
    pastedIds.push(id);
  }
  const kept = new Set(nodes.map((n) => n.id));
  const links: LinkGroup[] = [];
  for (const l of fragment.links) {
    const a = rename.get(l.a);
    const b = rename.get(l.b);
    if (!a || !b || !kept.has(a) || !kept.has(b)) continue;
    const id = freshId(design, l.id.replace(/-\d+$/, ''), taken);
    taken.add(id);
    links.push({ ...l, id, a, b });
  }
  const layout: Record<NodeId, LayoutEntry> = {};
  for (const [old, entry] of Object.entries(fragment.layout)) {
    const id = rename.get(old);
    if (id && kept.has(id)) layout[id] = pastedIds.includes(id) ? { ...entry, x: entry.x + offset.x, y: entry.y + offset.y } : entry;
  }
  return { design: addLinks(addNodes(design, nodes, layout), links), pastedIds };
}

/** Reads clipboard text (another tab's copy, or anything else) back into a checked fragment, or null. */
export function readFragment(text: string, catalog: Catalog): Fragment | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = fragmentSchema.safeParse(value);
  if (!parsed.success) return null;
  const { nodes, links, layout } = parsed.data;
  const known = (n: DesignNode) =>
    n.kind === 'switch' ? catalog.devices[n.model] !== undefined : n.kind !== 'rack' || !n.contents || catalog.devices[n.contents.model] !== undefined;
  if (!nodes.every(known) || !links.every((l) => catalog.optics[l.optic] && (!l.opticB || catalog.optics[l.opticB]))) return null;
  return { format: FRAGMENT_FORMAT, version: 1, nodes, links, layout };
}

const fragmentSchema = z.object({
  format: z.literal(FRAGMENT_FORMAT),
  version: z.literal(1),
  nodes: z.array(nodeSchema).max(50_000),
  links: z.array(linkSchema).max(100_000),
  layout: z.record(z.string(), z.object({ x: z.number().finite(), y: z.number().finite(), width: z.number().positive().optional(), height: z.number().positive().optional() })).default({}),
});
