/**
 * Tables keyed by ids that come from files: an id such as "toString" or "constructor" must find
 * nothing rather than a built-in of Object.prototype. Catalog tables are null-prototype records
 * (plain indexing is then safe everywhere); records read from a design go through `ownEntry`.
 */

/** A null-prototype record with the entries of `tables`, later tables winning. */
export function ownTable<T>(...tables: readonly (Readonly<Record<string, T>> | undefined)[]): Readonly<Record<string, T>> {
  const out = Object.create(null) as Record<string, T>;
  for (const table of tables) if (table) for (const [id, entry] of Object.entries(table)) out[id] = entry;
  return out;
}

/** The entry of `table` under `key` when it is the table's own, else undefined. */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
