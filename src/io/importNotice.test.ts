import { describe, expect, it } from 'vitest';
import { createDesignStore } from '../store/designStore.ts';
import { sampleDesign } from '../store/testing/sampleDesign.ts';
import { applyParseResult, dismissImportNotice, importNoticesOf } from './importNotice.ts';

describe('applyParseResult', () => {
  it('leaves the open design untouched when a file is refused, and says why', () => {
    const open = sampleDesign();
    const store = createDesignStore({ design: open });
    const problems = [{ path: '$.links[0].b', message: 'link end "x" does not exist' }];
    expect(applyParseResult(store, 'bad.fabric.json', { ok: false, problems })).toBe(false);
    expect(store.getState().design).toBe(open);
    expect(importNoticesOf(store).getState().notice).toEqual({ kind: 'refused', source: 'bad.fabric.json', problems });
  });

  it('opens an accepted design as one undoable step and notes a migration', () => {
    const store = createDesignStore({ design: sampleDesign() });
    const next = sampleDesign({ name: 'Next' });
    expect(applyParseResult(store, 'old.fabric.json', { ok: true, design: next, warnings: [], migratedFrom: 0 })).toBe(true);
    expect(store.getState().design).toBe(next);
    expect(importNoticesOf(store).getState().notice).toMatchObject({ kind: 'opened', migratedFrom: 0 });
    store.temporal.getState().undo();
    expect(store.getState().design?.name).toBe('Sample campus');
  });

  it('says nothing about a clean file, and a notice can be dismissed', () => {
    const store = createDesignStore();
    applyParseResult(store, 'x', { ok: false, problems: [{ path: '$', message: 'no' }] });
    applyParseResult(store, 'y', { ok: true, design: sampleDesign(), warnings: [], migratedFrom: null }, true);
    expect(importNoticesOf(store).getState().notice).toBeNull();
    applyParseResult(store, 'x', { ok: false, problems: [{ path: '$', message: 'no' }] });
    dismissImportNotice(store);
    expect(importNoticesOf(store).getState().notice).toBeNull();
  });

  it('a late dismissal of an earlier notice leaves the newer one, which counts as a new notice', () => {
    const store = createDesignStore();
    const problems = [{ path: '$', message: 'no' }];
    applyParseResult(store, 'the shared link', { ok: false, problems });
    const first = importNoticesOf(store).getState();
    applyParseResult(store, 'the shared link', { ok: false, problems });
    const second = importNoticesOf(store).getState();
    expect(second.serial).toBe(first.serial + 1);
    dismissImportNotice(store, first.notice ?? undefined);
    expect(importNoticesOf(store).getState().notice).toBe(second.notice);
    dismissImportNotice(store, second.notice ?? undefined);
    expect(importNoticesOf(store).getState().notice).toBeNull();
  });

  it('keeps one notice store per design store', () => {
    const a = createDesignStore();
    expect(importNoticesOf(a)).toBe(importNoticesOf(a));
    expect(importNoticesOf(a)).not.toBe(importNoticesOf(createDesignStore()));
  });
});
