/**
 * Whether two canvas elements would draw the same: same keys, and values equal or, for nested
 * objects (position, data), equal key by key. Lets a re-derived element keep its old identity
 * (PERFORMANCE.md: React Flow skips elements whose object did not change).
 */
export function sameShape(p: object, q: object): boolean {
  return equalKeys(p, q, (x, y) => Object.is(x, y) || (isObject(x) && isObject(y) && equalKeys(x, y, Object.is)));
}

function equalKeys(p: object, q: object, equal: (x: unknown, y: unknown) => boolean): boolean {
  const pk = Object.keys(p);
  if (pk.length !== Object.keys(q).length) return false;
  return pk.every((k) => equal((p as Record<string, unknown>)[k], (q as Record<string, unknown>)[k]));
}

function isObject(x: unknown): x is object {
  return typeof x === 'object' && x !== null;
}
