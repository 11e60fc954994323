/**
 * Running totals per key that parts are added to and taken from, so that an edit moves only the
 * parts it changed. The result is what summing the parts present gives, in any order they came:
 * summed fields are integers (exact in any order; `exact` turns false otherwise, and the caller
 * then sums afresh), maxima are kept as a count of parts per value, and every other field is in
 * the key or named by it (a place's name), so the last part added stands for the line: when a name
 * changes, every part that carries it is replaced by one that carries the new one.
 */
type NumberField<L> = { [K in keyof L]-?: L[K] extends number ? K : never }[keyof L];
type Mutable<L> = { -readonly [K in keyof L]: L[K] };

interface Entry<L> {
  line: Mutable<L>;
  parts: number;
  /** Per max field: parts per value. */
  readonly maxima: readonly Map<number, number>[];
}

function sumsOf<L>(line: L, fields: readonly NumberField<L>[]): Partial<L> {
  const sums: Partial<L> = {};
  for (const f of fields) sums[f] = line[f];
  return sums;
}

export class Tally<L extends object> {
  private readonly entries = new Map<string, Entry<L>>();
  private cache: readonly L[] | null = null;
  /** False once a summed value was not an integer: the sums then depend on order. */
  exact = true;
  /** Counts every add and removal: a reader can tell whether anything moved since it last looked. */
  version = 0;

  constructor(
    private readonly sums: readonly NumberField<L>[],
    private readonly maxFields: readonly NumberField<L>[] = [],
    /** The order of the lines; lines it ties are in key order. */
    private readonly order: (x: L, y: L) => number = () => 0,
  ) {}

  /** Adds (`sign` 1) or takes back (-1) one part's line under `key`; a key without parts has no line. */
  add(key: string, line: L, sign: 1 | -1): void {
    this.version++;
    this.cache = null;
    let e = this.entries.get(key);
    if (!e) {
      const fresh = { ...line } as Mutable<L>;
      for (const f of this.sums) (fresh[f] as number) = 0;
      this.entries.set(key, (e = { line: fresh, parts: 0, maxima: this.maxFields.map(() => new Map<number, number>()) }));
    }
    e.parts += sign;
    if (e.parts === 0) return void this.entries.delete(key);
    if (sign > 0) e.line = { ...line, ...sumsOf(e.line, this.sums) };
    for (const f of this.sums) {
      const value = line[f] as number;
      if (!Number.isSafeInteger(value)) this.exact = false;
      (e.line[f] as number) += sign * value;
    }
    this.maxFields.forEach((f, i) => {
      const byValue = e.maxima[i]!;
      const value = line[f] as number;
      const parts = (byValue.get(value) ?? 0) + sign;
      if (parts === 0) byValue.delete(value);
      else byValue.set(value, parts);
    });
  }

  /** The lines in `order`, then key order (the same whatever order the parts came in); new objects, kept until the next change. */
  lines(): readonly L[] {
    if (this.cache) return this.cache;
    const keys = [...this.entries.keys()].sort();
    const lines = keys.map((key) => {
      const e = this.entries.get(key)!;
      const line: Mutable<L> = { ...e.line };
      this.maxFields.forEach((f, i) => ((line[f] as number) = Math.max(...e.maxima[i]!.keys())));
      return line as L;
    });
    return (this.cache = lines.sort(this.order));
  }
}
