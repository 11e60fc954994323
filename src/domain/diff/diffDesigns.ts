/**
 * What changed between two revisions of a design: nodes and link groups added, removed and changed
 * (field by field), verdicts and findings that changed, and the BOM delta line by line. Pure; the
 * result is plain data in a stable order (for scripts reading `fabric diff --json`).
 */
import type { Analysis } from '../engine/analyzeDesign.ts';
import { findingSubject } from '../engine/findings.ts';
import type { LinkStatus } from '../engine/linkVerdict.ts';
import type { Design, DesignNode, LinkGroup } from '../model/design.ts';
import { bomDelta, type BomLineDelta } from './bomDelta.ts';
import { matchItems, type IdMatch } from './matchItems.ts';

export interface ItemRef {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
}

export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface ItemChange extends ItemRef {
  /** The id in the before revision (differs from `id` when the item was matched by name or position). */
  readonly beforeId: string;
  readonly fields: readonly FieldChange[];
}

export interface ItemDiff {
  readonly added: readonly ItemRef[];
  readonly removed: readonly ItemRef[];
  readonly changed: readonly ItemChange[];
}

export interface VerdictChange {
  readonly linkId: string;
  readonly name: string;
  readonly before: LinkStatus;
  readonly after: LinkStatus;
}

export interface FindingRef {
  readonly code: string;
  readonly severity: string;
  readonly subject: string;
  readonly message: string;
}

export interface DesignDiff {
  /** The design's own fields: name, settings, catalog additions, prices. */
  readonly design: readonly FieldChange[];
  readonly nodes: ItemDiff;
  readonly links: ItemDiff;
  readonly verdicts: readonly VerdictChange[];
  readonly findings: { readonly added: readonly FindingRef[]; readonly removed: readonly FindingRef[] };
  readonly bom: readonly BomLineDelta[];
}

export interface Revision {
  readonly design: Design;
  readonly analysis: Analysis;
}

export function diffDesigns(before: Revision, after: Revision): DesignDiff {
  const match = matchItems(before.design, after.design);
  const toBefore = (id: string) => match.nodes.get(id) ?? id;
  const linkName = (l: LinkGroup, design: Design) => l.label || `${nameOf(design, l.a)} – ${nameOf(design, l.b)}`;
  const nodes = itemDiff(before.design.nodes, after.design.nodes, match.nodes, {
    ref: (n) => ({ id: n.id, kind: n.kind, name: n.name }),
    comparable: (n) => (n.kind === 'building' ? n : { ...n, parent: toBefore(n.parent) }),
  });
  const links = itemDiff(before.design.links, after.design.links, match.links, {
    ref: (l, side) => ({ id: l.id, kind: 'link', name: linkName(l, side === 'before' ? before.design : after.design) }),
    comparable: (l) => ({ ...l, a: toBefore(l.a), b: toBefore(l.b) }),
  });
  const verdicts: VerdictChange[] = [];
  for (const l of after.design.links) {
    const was = before.analysis.linkById.get(match.links.get(l.id) ?? '');
    const now = after.analysis.linkById.get(l.id);
    if (was && now && was.status !== now.status) verdicts.push({ linkId: l.id, name: linkName(l, after.design), before: was.status, after: now.status });
  }
  return {
    design: designFields(before.design, after.design),
    nodes,
    links,
    verdicts: verdicts.sort(byId((v) => v.linkId)),
    findings: findingDelta(before.analysis, after.analysis, match),
    bom: bomDelta(before.analysis.bom, after.analysis.bom),
  };
}

export function isEmptyDiff(d: DesignDiff): boolean {
  return (
    d.design.length + d.nodes.added.length + d.nodes.removed.length + d.nodes.changed.length + d.links.added.length +
      d.links.removed.length + d.links.changed.length + d.verdicts.length + d.findings.added.length + d.findings.removed.length + d.bom.length ===
    0
  );
}

function itemDiff<T extends { readonly id: string }>(
  before: readonly T[],
  after: readonly T[],
  match: IdMatch,
  { ref, comparable }: { ref: (item: T, side: 'before' | 'after') => ItemRef; comparable: (item: T) => object },
): ItemDiff {
  const beforeById = new Map(before.map((b) => [b.id, b]));
  const matched = new Set(match.values());
  const changed: ItemChange[] = [];
  for (const a of after) {
    const b = beforeById.get(match.get(a.id) ?? '');
    if (!b) continue;
    const fields = fieldChanges(comparable(b), comparable(a), ['id']);
    if (fields.length > 0 || a.id !== b.id) changed.push({ ...ref(a, 'after'), beforeId: b.id, fields: a.id !== b.id ? [{ field: 'id', before: b.id, after: a.id }, ...fields] : fields });
  }
  return {
    added: after.filter((a) => !match.has(a.id)).map((a) => ref(a, 'after')).sort(byId((r) => r.id)),
    removed: before.filter((b) => !matched.has(b.id)).map((b) => ref(b, 'before')).sort(byId((r) => r.id)),
    changed: changed.sort(byId((c) => c.id)),
  };
}

/** Top-level fields that differ (compared as canonical JSON), in key order. */
function fieldChanges(before: object, after: object, skip: readonly string[] = [], prefix = ''): FieldChange[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !skip.includes(k)).sort();
  return keys.filter((k) => canonical(b[k]) !== canonical(a[k])).map((k) => ({ field: prefix + k, before: b[k] ?? null, after: a[k] ?? null }));
}

function designFields(before: Design, after: Design): FieldChange[] {
  return [
    ...fieldChanges({ name: before.name }, { name: after.name }),
    ...fieldChanges(before.settings, after.settings, [], 'settings.'),
    ...fieldChanges(before.catalog, after.catalog, [], 'catalog.'),
    ...fieldChanges(before.prices, after.prices, [], 'prices.'),
  ];
}

function findingDelta(before: Analysis, after: Analysis, match: { nodes: IdMatch; links: IdMatch }): DesignDiff['findings'] {
  const key = (f: Analysis['findings'][number], nodes: IdMatch | null, links: IdMatch | null) => {
    const s = findingSubject(f);
    const node = s.nodeId ? (nodes?.get(s.nodeId) ?? s.nodeId) : '';
    const link = s.linkId ? (links?.get(s.linkId) ?? s.linkId) : '';
    return `${f.code}\u0000${f.severity}\u0000${node}\u0000${link}`;
  };
  const ref = (f: Analysis['findings'][number]): FindingRef => {
    const s = findingSubject(f);
    return { code: f.code, severity: f.severity, subject: s.linkId ?? s.nodeId ?? '', message: f.message };
  };
  const was = new Set(before.findings.map((f) => key(f, null, null)));
  const now = new Set(after.findings.map((f) => key(f, match.nodes, match.links)));
  return {
    added: after.findings.filter((f) => !was.has(key(f, match.nodes, match.links))).map(ref),
    removed: before.findings.filter((f) => !now.has(key(f, null, null))).map(ref),
  };
}

function nameOf(design: Design, id: string): string {
  return design.nodes.find((n: DesignNode) => n.id === id)?.name ?? id;
}

/** JSON with sorted keys, so two equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => x.localeCompare(y))) : v,
  ) ?? 'null';
}

function byId<T>(id: (item: T) => string): (x: T, y: T) => number {
  return (x, y) => id(x).localeCompare(id(y));
}
