import { describe, expect, it } from 'vitest';
import { serializeDesign } from '../domain/format/serializeDesign.ts';
import { sampleDesign } from '../store/testing/sampleDesign.ts';
import { recordOf } from './autosaveRecord.ts';
import { CHANGE_KIND, LOG_PREFIX, logKey, type Change } from './changeLog.ts';
import { compactLog, earlierKey, KEEP_EARLIER } from './compactLog.ts';
import { listEarlierVersions, readEarlierVersion } from './earlierVersions.ts';
import { AUTOSAVE_KEY } from './slotStorage.ts';
import { memorySlots } from './testing/memorySlots.ts';

const design = sampleDesign();
const entry = (revision: number, change: Change) => ({ kind: CHANGE_KIND, revision, savedAt: 100 + revision, change });
const rename = (revision: number, name: string) => entry(revision, { patch: { name } });

describe('compactLog', () => {
  it('folds the log into the record in the file format and keeps the record it replaces', async () => {
    const slots = memorySlots({ [AUTOSAVE_KEY]: recordOf(design, 1, undefined, 3), [logKey(4)]: rename(4, 'Four'), [logKey(5)]: rename(5, 'Five') });
    expect(await compactLog(slots)).toEqual({ kind: 'compacted', revision: 5 });
    expect(slots.map.get(AUTOSAVE_KEY)).toEqual(recordOf({ ...design, name: 'Five' }, 105, serializeDesign({ ...design, name: 'Five' }), 5));
    expect([...slots.map.keys()].filter((k) => k.startsWith(LOG_PREFIX))).toEqual([]);
    expect(slots.map.get(earlierKey(3))).toEqual(recordOf(design, 1, undefined, 3));
  });

  it('keeps the design a reset replaced, and only the last KEEP_EARLIER revisions', async () => {
    const slots = memorySlots({ [AUTOSAVE_KEY]: recordOf(design, 50, undefined, 30) });
    for (let r = 1; r <= KEEP_EARLIER + 2; r++) slots.map.set(earlierKey(r), recordOf({ ...design, name: `Old ${r}` }, r, undefined, r));
    slots.map.set(logKey(31), rename(31, 'Theirs'));
    slots.map.set(logKey(32), entry(32, { reset: { ...design, name: 'Mine' } }));
    await compactLog(slots);
    const versions = await listEarlierVersions(slots);
    expect(versions).toHaveLength(KEEP_EARLIER);
    expect(versions.slice(0, 2).map((v) => v.name)).toEqual(['Theirs', design.name]);
    const theirs = await readEarlierVersion(slots, versions[0]!.key);
    expect(theirs.kind === 'design' && theirs.design.name).toBe('Theirs');
  });

  it('leaves a damaged log for start-up to set aside', async () => {
    const slots = memorySlots({ [AUTOSAVE_KEY]: recordOf(design, 1, undefined, 3), [logKey(4)]: { kind: CHANGE_KIND, revision: 4 } });
    expect(await compactLog(slots)).toEqual({ kind: 'damaged' });
    expect(slots.map.get(AUTOSAVE_KEY)).toEqual(recordOf(design, 1, undefined, 3));
  });

  it('writes nothing when the record moved while it worked', async () => {
    const slots = memorySlots({ [AUTOSAVE_KEY]: recordOf(design, 1, undefined, 3), [logKey(4)]: rename(4, 'Four') });
    const other = recordOf({ ...design, name: 'Other' }, 2, undefined, 4);
    const serialize = (d: typeof design) => {
      slots.map.set(AUTOSAVE_KEY, other);
      return serializeDesign(d);
    };
    expect(await compactLog(slots, serialize)).toEqual({ kind: 'moved' });
    expect(slots.map.get(AUTOSAVE_KEY)).toEqual(other);
  });
});
