/** Where two versions of a design's links differ: stretches outside of which both hold the same link objects, in the same order. */
import type { LinkGroup } from '../model/design.ts';

export interface LinkWindow {
  readonly start: number;
  /** The stretch ends here in the old links... */
  readonly oldEnd: number;
  /** ...and here in the new ones. */
  readonly newEnd: number;
}

/**
 * The stretches in order. Lists of one length are compared place by place (an edit replaces links
 * where they stand), unless a link object moved to another place; otherwise one stretch spans from
 * the first difference to the last (so no link object is both outside it in one list and inside it in the other).
 */
export function linkWindows(prev: readonly LinkGroup[], next: readonly LinkGroup[]): LinkWindow[] {
  if (prev.length === next.length) {
    const out: LinkWindow[] = [];
    for (let i = 0; i < next.length; i++) if (prev[i] !== next[i]) out.push({ start: i, oldEnd: i + 1, newEnd: i + 1 });
    const replaced = new Set(out.map((w) => prev[w.start]));
    if (!out.some((w) => replaced.has(next[w.start]!))) return out;
  }
  const shorter = Math.min(prev.length, next.length);
  let start = 0;
  while (start < shorter && prev[start] === next[start]) start++;
  let tail = 0;
  while (tail < shorter - start && prev[prev.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  return [{ start, oldEnd: prev.length - tail, newEnd: next.length - tail }];
}

/** Links taken out over all the stretches. */
export const removedCount = (windows: readonly LinkWindow[]) => windows.reduce((n, w) => n + w.oldEnd - w.start, 0);
