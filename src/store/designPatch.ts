/**
 * One undo step as a patch: what an edit changed, not a copy of the design. Edits share every
 * untouched node, link and layout entry with the design before them, so comparing by identity
 * finds the change in one pass, and the patch holds only the changed objects (PERFORMANCE.md: a
 * snapshot per step of a 100k-GPU design is ~2,000 array slots; a one-node edit's patch is a few).
 */
import type { Design, LayoutEntry } from '../domain/model/design.ts';

/** Changes to an array of objects with ids, whose kept items keep their order. */
export interface ListPatch<T> {
  /** Items only before, at their index in the array before. */
  readonly removed: readonly (readonly [number, T])[];
  /** Items only after, at their index in the array after. */
  readonly added: readonly (readonly [number, T])[];
  /** Items kept under the same id but changed: [before, after]. */
  readonly changed: readonly (readonly [T, T])[];
}

type Fields = Omit<Design, 'nodes' | 'links' | 'layout'>;

export interface DesignPatch {
  readonly nodes: ListPatch<Design['nodes'][number]> | null;
  readonly links: ListPatch<Design['links'][number]> | null;
  /** Layout entries that changed: [id, before, after] (undefined: absent). */
  readonly layout: readonly (readonly [string, LayoutEntry | undefined, LayoutEntry | undefined])[];
  /** Other top-level fields that changed: [before, after] values. */
  readonly fields: { readonly [K in keyof Fields]?: readonly [Fields[K], Fields[K]] };
}

/** What turns `before` into `after`, or null when they are the same design. */
export function diffDesign(before: Design, after: Design): DesignPatch | null {
  if (before === after) return null;
  const fields: Record<string, readonly [unknown, unknown]> = {};
  for (const key of ['name', 'settings', 'catalog', 'prices'] as const) if (before[key] !== after[key]) fields[key] = [before[key], after[key]];
  const layout: [string, LayoutEntry | undefined, LayoutEntry | undefined][] = [];
  if (before.layout !== after.layout) {
    for (const [id, entry] of Object.entries(after.layout)) if (own(before.layout, id) !== entry) layout.push([id, own(before.layout, id), entry]);
    for (const [id, entry] of Object.entries(before.layout)) if (!Object.hasOwn(after.layout, id)) layout.push([id, entry, undefined]);
  }
  return { nodes: diffList(before.nodes, after.nodes), links: diffList(before.links, after.links), layout, fields: fields as DesignPatch['fields'] };
}

/** The design `patch` leads to from `design` (forward), or back from it (`reverse`). */
export function applyPatch(design: Design, patch: DesignPatch, reverse = false): Design {
  const side = reverse ? 0 : 1;
  const next: Record<string, unknown> = { ...design };
  for (const [key, pair] of Object.entries(patch.fields)) next[key] = pair![side];
  if (patch.nodes) next.nodes = applyList(design.nodes, patch.nodes, reverse);
  if (patch.links) next.links = applyList(design.links, patch.links, reverse);
  if (patch.layout.length) {
    const layout: Record<string, LayoutEntry> = Object.assign(Object.create(null) as object, design.layout);
    for (const entry of patch.layout) {
      const value = entry[side + 1] as LayoutEntry | undefined;
      if (value) layout[entry[0]] = value;
      else delete layout[entry[0]];
    }
    next.layout = { ...layout };
  }
  return next as unknown as Design;
}

function own(record: Readonly<Record<string, LayoutEntry>>, id: string): LayoutEntry | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

function diffList<T extends { readonly id: string }>(before: readonly T[], after: readonly T[]): ListPatch<T> | null {
  if (before === after) return null;
  const afterById = new Map(after.map((item) => [item.id, item]));
  const beforeIds = new Set(before.map((item) => item.id));
  const removed: [number, T][] = [];
  const changed: [T, T][] = [];
  const kept: string[] = [];
  before.forEach((item, i) => {
    const now = afterById.get(item.id);
    if (!now) return void removed.push([i, item]);
    kept.push(item.id);
    if (now !== item) changed.push([item, now]);
  });
  const added: [number, T][] = [];
  let k = 0;
  for (const [i, item] of after.entries()) {
    if (!beforeIds.has(item.id)) added.push([i, item]);
    // kept items in another order: the patch holds both arrays whole (no edit reorders today)
    else if (kept[k++] !== item.id) return { removed: before.map((x, j) => [j, x] as const), added: after.map((x, j) => [j, x] as const), changed: [] };
  }
  return removed.length || added.length || changed.length ? { removed, added, changed } : null;
}

function applyList<T extends { readonly id: string }>(list: readonly T[], patch: ListPatch<T>, reverse: boolean): T[] {
  const [drop, insert] = reverse ? [patch.added, patch.removed] : [patch.removed, patch.added];
  const dropped = new Set(drop.map(([, item]) => item.id));
  const swap = new Map(patch.changed.map(([b, a]) => (reverse ? [a.id, b] : [b.id, a])));
  const out = list.filter((item) => !dropped.has(item.id)).map((item) => swap.get(item.id) ?? item);
  for (const [i, item] of insert) out.splice(i, 0, item);
  return out;
}
