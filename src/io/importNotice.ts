/**
 * What the last import said: the problems of a refused file (the open design untouched), or the
 * notes of an accepted one (migrated, unknown keys). Kept beside each design store, not in it:
 * it is not part of the document or its undo history.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ParseResult } from '../domain/format/parseDesign.ts';
import type { Problem } from '../domain/format/problem.ts';
import type { DesignStore } from '../store/designStore.ts';

export type ImportNotice =
  | { readonly kind: 'refused'; readonly source: string; readonly problems: readonly Problem[] }
  | { readonly kind: 'opened'; readonly source: string; readonly migratedFrom: number | null; readonly warnings: readonly Problem[] };

export interface ImportNoticeState {
  readonly notice: ImportNotice | null;
}

const noticeStores = new WeakMap<DesignStore, StoreApi<ImportNoticeState>>();

export function importNoticesOf(store: DesignStore): StoreApi<ImportNoticeState> {
  let notices = noticeStores.get(store);
  if (!notices) noticeStores.set(store, (notices = createStore<ImportNoticeState>()(() => ({ notice: null }))));
  return notices;
}

export function dismissImportNotice(store: DesignStore): void {
  importNoticesOf(store).setState({ notice: null });
}

/**
 * Opens an accepted design (`fresh` starts a new undo history, as on start-up) or reports why not;
 * true when the design was opened.
 */
export function applyParseResult(store: DesignStore, source: string, result: ParseResult, fresh = false): boolean {
  const notices = importNoticesOf(store);
  if (!result.ok) {
    notices.setState({ notice: { kind: 'refused', source, problems: result.problems } });
    return false;
  }
  const state = store.getState();
  if (fresh) state.openDesign(result.design);
  else state.loadDesign(result.design);
  const worthSaying = result.migratedFrom !== null || result.warnings.length > 0;
  notices.setState({ notice: worthSaying ? { kind: 'opened', source, migratedFrom: result.migratedFrom, warnings: result.warnings } : null });
  return true;
}
