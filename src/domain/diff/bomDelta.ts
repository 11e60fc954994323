/**
 * The BOM delta, line by line: every BOM section is read generically (arrays of lines keyed by their
 * descriptive fields, objects of totals), so a new section of the BOM diffs without new code here.
 */
import type { Bom } from '../engine/bom.ts';

export interface FigureDelta {
  readonly field: string;
  readonly before: number;
  readonly after: number;
  readonly difference: number;
}

export interface BomLineDelta {
  /** Where the line sits in the BOM: `modules`, `cables`, `fiber`, `fiber.byBuildingPair`... */
  readonly section: string;
  /** What the line is: its descriptive fields joined, e.g. `MMA4Z00-NS · OSFP`; empty for a section's totals. */
  readonly item: string;
  readonly figures: readonly FigureDelta[];
}

/**
 * Numbers that say what a line *is* rather than how many: a cable's ordered length, a unit power or
 * price, a trunk's fiber count and closures, a harness's legs. A change of one of them makes a
 * different line (removed and added), not a count change. The value is the unit its name reads in.
 */
const DESCRIPTIVE_NUMBERS = new Map([
  ['lengthM', ' m'], ['powerW', ' W'], ['powerMaxW', ' W'], ['unitPrice', ''],
  ['fibers', ' fibers'], ['closures', ' closures'], ['legs', ' legs'], ['plane', ' (plane)'],
]);

interface FlatLine {
  readonly section: string;
  readonly item: string;
  readonly figures: ReadonlyMap<string, number>;
}

/** Lines that differ, in BOM order (before's order, then lines only the after revision has). */
export function bomDelta(before: Bom, after: Bom): BomLineDelta[] {
  const was = flatten(before);
  const now = flatten(after);
  const out: BomLineDelta[] = [];
  for (const key of new Set([...was.keys(), ...now.keys()])) {
    const b = was.get(key);
    const a = now.get(key);
    const line = (b ?? a)!;
    const fields = new Set([...(b?.figures.keys() ?? []), ...(a?.figures.keys() ?? [])]);
    const figures: FigureDelta[] = [];
    for (const field of fields) {
      const x = b?.figures.get(field) ?? 0;
      const y = a?.figures.get(field) ?? 0;
      if (x !== y) figures.push({ field, before: x, after: y, difference: round(y - x) });
    }
    if (figures.length > 0) out.push({ section: line.section, item: line.item, figures });
  }
  return out;
}

function flatten(bom: Bom): Map<string, FlatLine> {
  const lines = new Map<string, FlatLine>();
  walk(bom, '', lines);
  return lines;
}

function walk(value: unknown, section: string, lines: Map<string, FlatLine>): void {
  if (Array.isArray(value)) {
    for (const element of value) if (isRecord(element)) addLine(element, section, lines);
    return;
  }
  if (!isRecord(value)) return;
  const totals = new Map<string, number>();
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'number') totals.set(key, v);
    else walk(v, section ? `${section}.${key}` : key, lines);
  }
  if (totals.size > 0) lines.set(`${section}\u0000`, { section: section || 'totals', item: '', figures: totals });
}

function addLine(element: Record<string, unknown>, section: string, lines: Map<string, FlatLine>): void {
  const names: string[] = [];
  const figures = new Map<string, number>();
  for (const [key, v] of Object.entries(element)) {
    if (typeof v === 'number' && !DESCRIPTIVE_NUMBERS.has(key)) figures.set(key, v);
    else if (typeof v === 'number') names.push(`${v}${DESCRIPTIVE_NUMBERS.get(key) ?? ''}`);
    else if (typeof v === 'string' || typeof v === 'boolean') names.push(String(v));
    else if (v === null) names.push('–');
    // the places a trunk joins tell its route from another of the same type, grade and length
    else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) names.push(v.join(' – '));
  }
  const item = [...new Set(names)].join(' · ');
  const key = `${section}\u0000${item}`;
  const seen = lines.get(key);
  // two lines with the same description (should not happen) add up rather than hide each other
  if (seen) for (const [f, n] of figures) figures.set(f, n + (seen.figures.get(f) ?? 0));
  lines.set(key, { section, item, figures });
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Sums of decimals (watts, money) come out as 0.30000000000000004 without this. */
const round = (n: number) => Math.round(n * 1000) / 1000;
