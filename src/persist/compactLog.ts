/**
 * Folds the change log into the full record: replays it, writes the design in its file format, and
 * keeps the record it replaces (and any design a reset entry replaced) as an earlier revision, the
 * last KEEP_EARLIER of them. Reads in one transaction and writes in another, so the page's saves are
 * not held up while the design is written; the write is skipped when another tab or worker moved
 * the record in between, and changes logged meanwhile stay in the log. Runs in a worker (see
 * compactInWorker.ts); a damaged log is left for start-up to set aside.
 */
import { serializeDesign } from '../domain/format/serializeDesign.ts';
import type { Design } from '../domain/model/design.ts';
import { recordOf, type AutosaveRecord } from './autosaveRecord.ts';
import { revisionOfKey } from './changeLog.ts';
import { readSlots, replaySlots } from './savedState.ts';
import { AUTOSAVE_KEY, type SlotStorage } from './slotStorage.ts';

export const KEEP_EARLIER = 10;
export const EARLIER_PREFIX = 'earlier-';
export const earlierKey = (revision: number) => `${EARLIER_PREFIX}${String(revision).padStart(12, '0')}`;

export type Compaction = { readonly kind: 'compacted'; readonly revision: number } | { readonly kind: 'nothing' | 'damaged' | 'moved' };

export async function compactLog(slots: SlotStorage, serialize: (design: Design) => string = serializeDesign): Promise<Compaction> {
  const read = await slots.transact(readSlots);
  if (read.logKeys.length === 0) return { kind: 'nothing' };
  const { record, state } = replaySlots(read);
  if (state.damaged.length > 0 || !state.design) return { kind: 'damaged' };
  const next = recordOf(state.design, state.savedAt, serialize(state.design), state.revision);
  const replaced = state.replaced.map((r) => recordOf(r.design, r.savedAt, serialize(r.design), r.revision));
  const earlier = [...(record.kind === 'design' ? [record.record] : []), ...replaced].filter((r) => r.text !== next.text);
  return slots.transact(async (tx) => {
    if (!sameRecord(await tx.get(AUTOSAVE_KEY), read.raw)) return { kind: 'moved' };
    for (const r of earlier) tx.set(earlierKey(r.revision ?? 0), r);
    tx.set(AUTOSAVE_KEY, next);
    for (const key of read.logKeys) if (revisionOfKey(key) <= state.revision) tx.delete(key);
    const kept = await tx.keys(EARLIER_PREFIX);
    for (const key of kept.slice(0, -KEEP_EARLIER)) tx.delete(key);
    return { kind: 'compacted', revision: state.revision };
  });
}

function sameRecord(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return a === b;
  const [x, y] = [a as Partial<AutosaveRecord>, b as Partial<AutosaveRecord>];
  return x.revision === y.revision && x.savedAt === y.savedAt && x.text === y.text;
}
