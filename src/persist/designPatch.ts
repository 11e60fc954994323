/**
 * One document change as a small patch: what differs between two designs, found by identity (the
 * store replaces only the objects an edit touched, so an edit costs a pass over the arrays, and the
 * patch holds only the touched nodes, links and entries). Autosave logs these instead of rewriting
 * the whole design on every change.
 */
import type { CatalogAdditions, Design, DesignNode, LayoutEntry, LinkGroup, Settings } from '../domain/model/design.ts';

/** Items by id; `order` (all ids, in order) only when items were added, removed or moved. */
export interface ListPatch<T> {
  readonly order?: readonly string[];
  readonly put: readonly T[];
}

export interface RecordPatch<T> {
  readonly put: Readonly<Record<string, T>>;
  readonly remove: readonly string[];
}

export interface DesignPatch {
  readonly name?: string;
  readonly settings?: Settings;
  readonly catalog?: CatalogAdditions;
  readonly prices?: RecordPatch<number>;
  readonly layout?: RecordPatch<LayoutEntry>;
  readonly nodes?: ListPatch<DesignNode>;
  readonly links?: ListPatch<LinkGroup>;
}

/** What changed from `before` to `after`; null when nothing did. */
export function diffDesign(before: Design, after: Design): DesignPatch | null {
  const patch: { -readonly [K in keyof DesignPatch]: DesignPatch[K] } = {};
  if (before.name !== after.name) patch.name = after.name;
  if (before.settings !== after.settings) patch.settings = after.settings;
  if (before.catalog !== after.catalog) patch.catalog = after.catalog;
  if (before.prices !== after.prices) patch.prices = diffRecord(before.prices, after.prices);
  if (before.layout !== after.layout) patch.layout = diffRecord(before.layout, after.layout);
  if (before.nodes !== after.nodes) patch.nodes = diffList(before.nodes, after.nodes);
  if (before.links !== after.links) patch.links = diffList(before.links, after.links);
  return Object.keys(patch).length === 0 ? null : patch;
}

/** `design` with `patch` applied; throws on a patch that does not fit (the caller treats it as damaged). */
export function applyPatch(design: Design, patch: DesignPatch): Design {
  return {
    name: patch.name ?? design.name,
    settings: patch.settings ?? design.settings,
    catalog: patch.catalog ?? design.catalog,
    prices: patch.prices ? applyRecord(design.prices, patch.prices) : design.prices,
    layout: patch.layout ? applyRecord(design.layout, patch.layout) : design.layout,
    nodes: patch.nodes ? applyList(design.nodes, patch.nodes) : design.nodes,
    links: patch.links ? applyList(design.links, patch.links) : design.links,
  };
}

function diffList<T extends { readonly id: string }>(before: readonly T[], after: readonly T[]): ListPatch<T> {
  const sameOrder = before.length === after.length && after.every((item, i) => item.id === before[i]!.id);
  const put = sameOrder ? after.filter((item, i) => item !== before[i]) : changedById(before, after);
  return sameOrder ? { put } : { order: after.map((item) => item.id), put };
}

function changedById<T extends { readonly id: string }>(before: readonly T[], after: readonly T[]): T[] {
  const previous = new Map(before.map((item) => [item.id, item]));
  return after.filter((item) => previous.get(item.id) !== item);
}

function applyList<T extends { readonly id: string }>(items: readonly T[], patch: ListPatch<T>): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  for (const item of patch.put) byId.set(item.id, item);
  return (patch.order ?? items.map((item) => item.id)).map((id) => {
    const item = byId.get(id);
    if (!item) throw new Error(`the change names ${id}, which is not in the design`);
    return item;
  });
}

function diffRecord<T>(before: Readonly<Record<string, T>>, after: Readonly<Record<string, T>>): RecordPatch<T> {
  const put = Object.fromEntries(Object.entries(after).filter(([key, value]) => !Object.hasOwn(before, key) || before[key] !== value));
  return { put, remove: Object.keys(before).filter((key) => !Object.hasOwn(after, key)) };
}

function applyRecord<T>(record: Readonly<Record<string, T>>, patch: RecordPatch<T>): Record<string, T> {
  const entries = new Map(Object.entries(record));
  for (const key of patch.remove) entries.delete(key);
  for (const [key, value] of Object.entries(patch.put)) entries.set(key, value);
  // fromEntries defines own properties, so no key (not even "__proto__") reaches a prototype
  return Object.fromEntries(entries);
}
