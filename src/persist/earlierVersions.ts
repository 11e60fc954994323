/**
 * The designs the Restore earlier version list offers: the last revisions compaction kept, and the
 * copies kept when a tab chose to keep its design apart from another tab's save. Newest first.
 */
import { readStored, type AutosaveRecord, type StoredDesign } from './autosaveRecord.ts';
import { EARLIER_PREFIX } from './compactLog.ts';
import type { SlotStorage } from './slotStorage.ts';

export const COPY_PREFIX = 'copy-';
export const copyKey = (now: Date) => `${COPY_PREFIX}${now.toISOString()}`;

export interface EarlierVersion {
  readonly key: string;
  readonly name: string;
  readonly savedAt: number;
  readonly copy: boolean;
}

export async function listEarlierVersions(slots: SlotStorage): Promise<EarlierVersion[]> {
  const found = await slots.transact(async (tx) => {
    const keys = [...(await tx.keys(EARLIER_PREFIX)), ...(await tx.keys(COPY_PREFIX))];
    return Promise.all(keys.map(async (key) => ({ key, value: (await tx.get(key)) as Partial<AutosaveRecord> | undefined })));
  });
  return found
    .filter(({ value }) => typeof value?.name === 'string' && typeof value.savedAt === 'number')
    .map(({ key, value }) => ({ key, name: value!.name!, savedAt: value!.savedAt!, copy: key.startsWith(COPY_PREFIX) }))
    .sort((a, b) => b.savedAt - a.savedAt);
}

export async function readEarlierVersion(slots: SlotStorage, key: string): Promise<StoredDesign> {
  return readStored(await slots.get(key));
}
