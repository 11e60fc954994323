/**
 * fast-check mutations of real design documents, the way a hand edit, a truncated script or an
 * attacker would damage them: keys deleted, values of the wrong type, ids swapped for names of
 * built-in object properties or for other ids, numbers pushed to and past their caps.
 */
import fc from 'fast-check';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = readonly (string | number)[];

export const BUILTIN_NAMES = ['toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'constructor', '__proto__', 'prototype'] as const;

// the schema's caps and their neighbours: quantity 100,000, perRack 256, count 1,000,000, grid 10,000
const EDGE_NUMBERS = [0, -1, 0.5, 1, 255, 256, 257, 10_000, 99_999, 100_000, 100_001, 999_999, 1_000_000, 1e7, 1e300, Number.MAX_SAFE_INTEGER];

/** Every path in a document, containers and leaves. */
function pathsOf(value: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...at, k], out);
  return out;
}

function idsOf(doc: Json): string[] {
  const ids: string[] = [];
  for (const list of ['nodes', 'links'] as const) {
    const items = (doc as Record<string, Json>)[list];
    if (Array.isArray(items)) for (const item of items) if (item && typeof item === 'object' && !Array.isArray(item) && typeof item.id === 'string') ids.push(item.id);
  }
  return ids;
}

export type Mutation =
  | { readonly kind: 'delete'; readonly pick: number }
  | { readonly kind: 'replace'; readonly pick: number; readonly value: Json }
  | { readonly kind: 'builtin-value'; readonly pick: number; readonly name: string }
  | { readonly kind: 'builtin-key'; readonly pick: number; readonly name: string; readonly value: Json }
  | { readonly kind: 'edge-number'; readonly pick: number; readonly value: number }
  | { readonly kind: 'other-id'; readonly pick: number; readonly id: number };

const junk: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, '', 'x', 0, -1, [], {}, '400g-dr4', 'rack', 'OS2'),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

export const arbitraryMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: junk }),
  fc.record({ kind: fc.constant('builtin-value' as const), pick: fc.nat(), name: fc.constantFrom(...BUILTIN_NAMES) }),
  fc.record({ kind: fc.constant('builtin-key' as const), pick: fc.nat(), name: fc.constantFrom(...BUILTIN_NAMES), value: junk }),
  fc.record({ kind: fc.constant('edge-number' as const), pick: fc.nat(), value: fc.constantFrom(...EDGE_NUMBERS) }),
  fc.record({ kind: fc.constant('other-id' as const), pick: fc.nat(), id: fc.nat() }),
);

/**
 * Applies one mutation to a copy-free document (mutates `doc`); picks are taken modulo what exists.
 * Inserted values are copies: fast-check hands the same `{}` and `[]` to every run, and a later
 * mutation of this run or the next one must not edit them (a `__proto__` key once made one cyclic).
 */
export function applyMutation(doc: Json, m: Mutation): void {
  const candidates = pathsOf(doc).filter((p) => {
    const v = valueAt(doc, p);
    switch (m.kind) {
      case 'delete':
      case 'replace':
        return p.length > 0;
      case 'builtin-value':
      case 'other-id':
        return typeof v === 'string';
      case 'builtin-key':
        return v !== null && typeof v === 'object' && !Array.isArray(v);
      case 'edge-number':
        return typeof v === 'number';
    }
  });
  if (!candidates.length) return;
  const path = candidates[m.pick % candidates.length]!;
  if (m.kind === 'builtin-key') {
    // a JSON key as a file would spell it, including "__proto__" as an own key
    Object.defineProperty(valueAt(doc, path), m.name, { value: structuredClone(m.value), enumerable: true, configurable: true, writable: true });
    return;
  }
  const parent = valueAt(doc, path.slice(0, -1)) as Record<string | number, Json> | Json[];
  const key = path[path.length - 1]!;
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
    return;
  }
  const ids = idsOf(doc);
  const value: Json =
    m.kind === 'replace' ? structuredClone(m.value) : m.kind === 'builtin-value' ? m.name : m.kind === 'edge-number' ? m.value : (ids[m.id % Math.max(1, ids.length)] ?? 'x');
  (parent as Record<string | number, Json>)[key] = value;
}

function valueAt(doc: Json, path: Path): Json {
  let v: Json = doc;
  for (const k of path) v = (v as Record<string | number, Json>)[k]!;
  return v;
}
