/** Removes keys that could reach Object.prototype when a parsed object is spread or merged, and reports each. */
import type { Problem } from './problem.ts';

const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

interface Visit {
  readonly value: unknown;
  readonly parent: Visit | null;
  readonly key: string | number;
}

function pathOf(visit: Visit): string {
  const keys: (string | number)[] = [];
  for (let v: Visit | null = visit; v?.parent; v = v.parent) keys.push(v.key);
  return keys.reverse().reduce<string>((out, k) => (typeof k === 'number' ? `${out}[${k}]` : `${out}.${k}`), '$');
}

/**
 * Deletes the forbidden keys of every object in a freshly parsed JSON value (in place) and returns
 * a warning per key, at most `limit`. Iterative, so a deep document cannot exhaust the stack.
 */
export function dropForbiddenKeys(root: unknown, limit = 50): Problem[] {
  const warnings: Problem[] = [];
  const stack: Visit[] = [{ value: root, parent: null, key: '' }];
  while (stack.length) {
    const visit = stack.pop()!;
    const { value } = visit;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], parent: visit, key: i });
      continue;
    }
    const record = value as Record<string, unknown>;
    for (const key of FORBIDDEN_KEYS) {
      if (!Object.hasOwn(record, key)) continue;
      delete record[key];
      if (warnings.length < limit) warnings.push({ path: `${pathOf(visit)}.${key}`, message: `key "${key}" was dropped: it is a reserved name` });
    }
    for (const key of Object.keys(record).reverse()) stack.push({ value: record[key], parent: visit, key });
  }
  return warnings;
}
