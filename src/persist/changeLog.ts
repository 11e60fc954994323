/**
 * The autosave's change log: every document change is stored at once as a small entry under the
 * next revision number, and later folded into the full record (compaction). What is saved is the
 * record with the log replayed onto it. A `reset` entry holds a whole design (what start-up opened,
 * an overwrite chosen in a conflict); a `patch` entry the change from the revision before it.
 */
import { parseDesign } from '../domain/format/parseDesign.ts';
import { serializeDesign } from '../domain/format/serializeDesign.ts';
import type { Design } from '../domain/model/design.ts';
import { applyPatch, type DesignPatch } from './designPatch.ts';

export const CHANGE_KIND = 'fabric-designer-change';
export const LOG_PREFIX = 'log-';

export type Change = { readonly reset: Design } | { readonly patch: DesignPatch };

export interface LogEntry {
  readonly kind: typeof CHANGE_KIND;
  readonly revision: number;
  readonly savedAt: number;
  readonly change: Change;
}

/** Zero-padded, so that keys sort in revision order. */
export const logKey = (revision: number) => `${LOG_PREFIX}${String(revision).padStart(12, '0')}`;

export const revisionOfKey = (key: string) => Number(key.slice(key.lastIndexOf('-') + 1)) || 0;

export function isLogEntry(value: unknown): value is LogEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  const change = e.change as Record<string, unknown> | null | undefined;
  const holdsChange = typeof change === 'object' && change !== null && (isObject(change.reset) || isObject(change.patch));
  return e.kind === CHANGE_KIND && Number.isSafeInteger(e.revision) && typeof e.savedAt === 'number' && holdsChange;
}

const isObject = (v: unknown) => typeof v === 'object' && v !== null;

export interface Base {
  readonly design: Design | null;
  readonly revision: number;
  readonly savedAt: number;
}

export interface Replayed extends Base {
  /** Entries that could not be applied (the design stops before the first of them). */
  readonly damaged: readonly unknown[];
  /** Designs a reset entry replaced, kept as earlier revisions. */
  readonly replaced: readonly { readonly design: Design; readonly revision: number; readonly savedAt: number }[];
}

/**
 * The base with the entries after it applied, in order. Entries before the last reset only matter
 * for what the reset replaced; from the last reset (or the base) on, the first entry that does not
 * apply stops the replay, and it and all after it are reported as damaged. The result is checked
 * by the file format's own reader, as a file would be.
 */
export function replay(base: Base, entries: readonly unknown[]): Replayed {
  const fresh = entries.filter((e) => !isLogEntry(e) || e.revision > base.revision);
  if (fresh.length === 0) return { ...base, damaged: [], replaced: [] };
  const lastReset = fresh.findLastIndex((e) => isLogEntry(e) && 'reset' in e.change);
  const replaced: Replayed['replaced'][number][] = [];
  // a state that does not read back falls back to the base, and every entry from the last reset on is damaged
  const finish = (state: Base, damagedFrom: number): Replayed => {
    const verified = checked(state);
    return verified ? { ...verified, damaged: fresh.slice(damagedFrom), replaced } : { ...base, damaged: fresh.slice(Math.max(lastReset, 0)), replaced };
  };
  let state: Base = base;
  for (const [i, entry] of fresh.entries()) {
    const next = step(state, entry);
    if (next === null) {
      if (i >= lastReset) return finish(state, i);
      continue;
    }
    if (isLogEntry(entry) && 'reset' in entry.change && state.design) replaced.push({ design: state.design, revision: state.revision, savedAt: state.savedAt });
    state = next;
  }
  return finish(state, fresh.length);
}

function step(state: Base, entry: unknown): Base | null {
  if (!isLogEntry(entry)) return null;
  try {
    const design = 'reset' in entry.change ? entry.change.reset : state.design && applyPatch(state.design, entry.change.patch);
    return design ? { design, revision: entry.revision, savedAt: entry.savedAt } : null;
  } catch {
    return null;
  }
}

/** The state as the file format reads it back, or null when it does not read. */
function checked(state: Base): Base | null {
  if (!state.design) return state;
  try {
    const parsed = parseDesign(serializeDesign(state.design));
    return parsed.ok ? { ...state, design: parsed.design } : null;
  } catch {
    return null;
  }
}
