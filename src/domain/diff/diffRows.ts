/** A diff as flat rows, one per change: what `fabric diff --csv` writes and the change order lists. */
import type { Cell } from '../report/csv.ts';
import type { DesignDiff, FieldChange, ItemDiff } from './diffDesigns.ts';

export const DIFF_HEADER = ['category', 'change', 'item', 'field', 'before', 'after', 'difference'] as const;

export type DiffCategory = 'design' | 'node' | 'link' | 'verdict' | 'finding' | 'bom';

export interface DiffRow {
  readonly category: DiffCategory;
  readonly change: 'added' | 'removed' | 'changed';
  readonly item: string;
  readonly field: string;
  readonly before: string;
  readonly after: string;
  /** after − before, for numbers only. */
  readonly difference: number | null;
}

export function diffRows(diff: DesignDiff): DiffRow[] {
  return [
    ...diff.design.map((f) => fieldRow('design', 'design', f)),
    ...itemRows('node', diff.nodes),
    ...itemRows('link', diff.links),
    ...diff.verdicts.map((v): DiffRow => ({ category: 'verdict', change: 'changed', item: `${v.linkId} (${v.name})`, field: 'status', before: v.before, after: v.after, difference: null })),
    ...diff.findings.removed.map((f): DiffRow => ({ category: 'finding', change: 'removed', item: `${f.code} ${f.subject}`, field: f.severity, before: f.message, after: '', difference: null })),
    ...diff.findings.added.map((f): DiffRow => ({ category: 'finding', change: 'added', item: `${f.code} ${f.subject}`, field: f.severity, before: '', after: f.message, difference: null })),
    ...diff.bom.flatMap((line) =>
      line.figures.map((f): DiffRow => ({
        category: 'bom',
        change: f.before === 0 ? 'added' : f.after === 0 ? 'removed' : 'changed',
        item: line.item ? `${line.section}: ${line.item}` : line.section,
        field: f.field,
        before: String(f.before),
        after: String(f.after),
        difference: f.difference,
      })),
    ),
  ];
}

export function diffCsvRows(diff: DesignDiff): Cell[][] {
  return diffRows(diff).map((r) => [r.category, r.change, r.item, r.field, r.before, r.after, r.difference]);
}

function itemRows(category: 'node' | 'link', items: ItemDiff): DiffRow[] {
  const label = (r: { id: string; name: string; kind: string }) => `${r.kind} ${r.id} (${r.name})`;
  return [
    ...items.removed.map((r): DiffRow => ({ category, change: 'removed', item: label(r), field: '', before: r.id, after: '', difference: null })),
    ...items.added.map((r): DiffRow => ({ category, change: 'added', item: label(r), field: '', before: '', after: r.id, difference: null })),
    ...items.changed.flatMap((c) => c.fields.map((f) => fieldRow(category, label(c), f))),
  ];
}

function fieldRow(category: DiffCategory, item: string, f: FieldChange): DiffRow {
  const difference = typeof f.before === 'number' && typeof f.after === 'number' ? f.after - f.before : null;
  return { category, change: 'changed', item, field: f.field, before: show(f.before), after: show(f.after), difference };
}

const show = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));
