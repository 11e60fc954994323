/** A problem found while reading a file: where (a JSON path such as `$.links[3].optic`) and what. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`), '$');
}
