/**
 * Whether two lists of display rows show the same: same length and each row the same shape
 * (canvas/sameShape.ts). A side-panel section re-renders only when what it shows changed, not for
 * every new analysis object an edit brings.
 */
import { sameShape } from '../canvas/sameShape.ts';

export function sameRows(p: readonly object[], q: readonly object[]): boolean {
  return p === q || (p.length === q.length && p.every((row, i) => sameShape(row, q[i]!)));
}
