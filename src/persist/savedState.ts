/**
 * What this browser holds of the autosaved design: the full record with its change log replayed,
 * and the newest revision number (the head), which a tab compares with the revision it last saw
 * or wrote to know whether another tab saved since.
 */
import { readStored, type StoredDesign } from './autosaveRecord.ts';
import { LOG_PREFIX, replay, revisionOfKey, type Replayed } from './changeLog.ts';
import { AUTOSAVE_KEY, type SlotStorage, type SlotTransaction } from './slotStorage.ts';

export interface StoredSlots {
  /** The record as stored, for a damaged copy. */
  readonly raw: unknown;
  readonly entries: readonly unknown[];
  readonly logKeys: readonly string[];
  readonly head: number;
}

export interface Saved extends StoredSlots {
  readonly record: StoredDesign;
  /** The design as last saved (null when nothing readable is stored), and log entries that did not apply. */
  readonly state: Replayed;
}

/** The record and its log as they are, read in one transaction; the replay is done outside it. */
export async function readSlots(tx: SlotTransaction): Promise<StoredSlots> {
  const raw = await tx.get(AUTOSAVE_KEY);
  const logKeys = await tx.keys(LOG_PREFIX);
  const entries = await Promise.all(logKeys.map((key) => tx.get(key)));
  return { raw, entries, logKeys, head: Math.max(recordRevision(raw), ...logKeys.map(revisionOfKey)) };
}

/** The newest revision: of the record, or of the last change logged after it. */
export async function headRevision(tx: SlotTransaction): Promise<number> {
  const logKeys = await tx.keys(LOG_PREFIX);
  return logKeys.length ? revisionOfKey(logKeys.at(-1)!) : recordRevision(await tx.get(AUTOSAVE_KEY));
}

export function replaySlots(slots: StoredSlots): Saved {
  const record = readStored(slots.raw);
  const base = record.kind === 'design' ? { design: record.design, revision: record.record.revision ?? 0, savedAt: record.record.savedAt } : { design: null, revision: recordRevision(slots.raw), savedAt: 0 };
  return { ...slots, record, state: replay(base, slots.entries) };
}

export async function readSaved(slots: SlotStorage): Promise<Saved> {
  return replaySlots(await slots.transact(readSlots));
}

/** Records written before revisions existed count as revision 0. */
function recordRevision(raw: unknown): number {
  const revision = typeof raw === 'object' && raw !== null ? (raw as { revision?: unknown }).revision : undefined;
  return Number.isSafeInteger(revision) ? (revision as number) : 0;
}
