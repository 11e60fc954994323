/** Where two versions of a design's links differ: stretches outside of which both hold the same link objects, in the same order. */
import type { LinkGroup } from '../model/design.ts';

export interface LinkWindow {
  /** The stretch spans [oldStart, oldEnd) in the old links... */
  readonly oldStart: number;
  readonly oldEnd: number;
  /** ...and [newStart, newEnd) in the new ones. */
  readonly newStart: number;
  readonly newEnd: number;
}

/**
 * The stretches in order. Lists of one length are compared place by place (an edit replaces links
 * where they stand); links taken out or put back here and there (deleting a switch group and its
 * link groups, undoing that) give one stretch each; when a link object kept by both moved to
 * another place, one stretch spans from the first difference to the last (so no link object is
 * both outside it in one list and inside it in the other).
 */
export function linkWindows(prev: readonly LinkGroup[], next: readonly LinkGroup[]): LinkWindow[] {
  return prev.length === next.length ? (inPlace(prev, next) ?? oneStretch(prev, next)) : (scattered(prev, next) ?? oneStretch(prev, next));
}

function inPlace(prev: readonly LinkGroup[], next: readonly LinkGroup[]): LinkWindow[] | null {
  const out: LinkWindow[] = [];
  for (let i = 0; i < next.length; i++) if (prev[i] !== next[i]) out.push({ oldStart: i, oldEnd: i + 1, newStart: i, newEnd: i + 1 });
  const replaced = new Set(out.map((w) => prev[w.oldStart]));
  return out.some((w) => replaced.has(next[w.newStart]!)) ? null : out;
}

/** Stretches of links only in one list between links both hold, or null when a link both hold moved. */
function scattered(prev: readonly LinkGroup[], next: readonly LinkGroup[]): LinkWindow[] | null {
  const inPrev = new Set(prev);
  const inNext = new Set(next);
  const out: LinkWindow[] = [];
  let i = 0;
  let j = 0;
  while (i < prev.length || j < next.length) {
    if (i < prev.length && prev[i] === next[j]) {
      i++;
      j++;
      continue;
    }
    const [oldStart, newStart] = [i, j];
    while (i < prev.length && !inNext.has(prev[i]!)) i++;
    while (j < next.length && !inPrev.has(next[j]!)) j++;
    if (i === oldStart && j === newStart) return null;
    out.push({ oldStart, oldEnd: i, newStart, newEnd: j });
  }
  return out;
}

function oneStretch(prev: readonly LinkGroup[], next: readonly LinkGroup[]): LinkWindow[] {
  const shorter = Math.min(prev.length, next.length);
  let start = 0;
  while (start < shorter && prev[start] === next[start]) start++;
  let tail = 0;
  while (tail < shorter - start && prev[prev.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  return [{ oldStart: start, oldEnd: prev.length - tail, newStart: start, newEnd: next.length - tail }];
}

/** Links taken out over all the stretches. */
export const removedCount = (windows: readonly LinkWindow[]) => windows.reduce((n, w) => n + w.oldEnd - w.oldStart, 0);
