/**
 * The router's spatial indexes over the obstacles, kept from one routing to the next: an edit adds
 * and removes only the obstacles it changed instead of indexing every card again. Obstacles are
 * compared by identity (the canvas keeps an unchanged rectangle as the same object; a new object
 * equal to an old one only counts as a change, which costs routing, never correctness).
 */
import type { Rect } from './edgeGeometry.ts';
import { RectIndex } from './rectIndex.ts';

/** What runs and labels keep clear of. */
export interface Obstacles {
  readonly cards: readonly Rect[];
  /** Building and hall titles (their text only): runs and labels avoid them. */
  readonly titles: readonly Rect[];
  /** Rack titles: runs pass beneath racks, so only labels avoid them. */
  readonly rackTitles: readonly Rect[];
}

const KINDS = ['cards', 'titles', 'rackTitles'] as const;

/** Per kind of obstacle, the rectangles only in the new obstacles and those only in the old. */
export type ObstacleDiff = Record<keyof Obstacles, { readonly added: readonly Rect[]; readonly removed: readonly Rect[] }>;

export function diffObstacles(before: Obstacles, now: Obstacles): ObstacleDiff {
  const diff = {} as Record<keyof Obstacles, { added: Rect[]; removed: Rect[] }>;
  for (const kind of KINDS) {
    const added: Rect[] = [];
    const removed: Rect[] = [];
    if (before[kind] !== now[kind]) {
      const was = new Set(before[kind]);
      const is = new Set(now[kind]);
      for (const r of now[kind]) if (!was.has(r)) added.push(r);
      for (const r of before[kind]) if (!is.has(r)) removed.push(r);
    }
    diff[kind] = { added, removed };
  }
  return diff;
}

/** Every rectangle that came or went. */
export function changedRects(diff: ObstacleDiff): Rect[] {
  return KINDS.flatMap((kind) => [...diff[kind].added, ...diff[kind].removed]);
}

export interface ObstacleIndexes {
  /** The obstacles the indexes hold now: a routing whose obstacles these are not must not use them. */
  reflects: Obstacles;
  readonly cards: RectIndex;
  readonly titles: RectIndex;
  /** Cards and every title: what labels avoid. */
  readonly labelObstacles: RectIndex;
}

/**
 * Indexes of `obstacles`: the earlier routing's, moved by `diff`, while they still hold its
 * obstacles (they are then handed over: the earlier routing no longer uses them); else built anew.
 */
export function indexesFor(obstacles: Obstacles, earlier: { readonly obstacles: Obstacles; readonly indexes: ObstacleIndexes | null } | undefined, diff: ObstacleDiff | null): ObstacleIndexes {
  const held = earlier?.indexes;
  if (!held || held.reflects !== earlier.obstacles || (earlier.obstacles !== obstacles && !diff)) {
    const { cards, titles, rackTitles } = obstacles;
    return { reflects: obstacles, cards: new RectIndex(cards), titles: new RectIndex(titles), labelObstacles: new RectIndex([...cards, ...titles, ...rackTitles]) };
  }
  if (diff) {
    for (const kind of KINDS) {
      const { added, removed } = diff[kind];
      const own = kind === 'cards' ? held.cards : kind === 'titles' ? held.titles : null;
      for (const r of removed) {
        own?.remove(r);
        held.labelObstacles.remove(r);
      }
      for (const r of added) {
        own?.add(r);
        held.labelObstacles.add(r);
      }
    }
  }
  held.reflects = obstacles;
  return held;
}
