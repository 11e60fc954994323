/** How deep a JSON text nests, found by scanning (no recursion), so a hostile file cannot exhaust the stack. */

/** Deepest design path is about 10 levels (catalog.devices.<id>.portGroups[].modes[]); this leaves room for unknown keys. */
export const MAX_NESTING = 100;

/** True when objects and arrays in `text` nest deeper than `limit`; strings are skipped. */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}
