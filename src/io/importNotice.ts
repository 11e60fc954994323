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
  /** Counts notices, so that a new one gets its own dialog even when it reads like the last. */
  readonly serial: number;
}

const noticeStores = new WeakMap<DesignStore, StoreApi<ImportNoticeState>>();

export function importNoticesOf(store: DesignStore): StoreApi<ImportNoticeState> {
  let notices = noticeStores.get(store);
  if (!notices) noticeStores.set(store, (notices = createStore<ImportNoticeState>()(() => ({ notice: null, serial: 0 }))));
  return notices;
}

/**
 * Clears the notice; given the one a dialog showed, clears only that one. A dialog's close event
 * arrives a task after Escape, when a newer notice (a second link pasted at once) may already stand.
 */
export function dismissImportNotice(store: DesignStore, shown?: ImportNotice): void {
  const notices = importNoticesOf(store);
  if (shown === undefined || notices.getState().notice === shown) notices.setState({ notice: null });
}

function tell(store: DesignStore, notice: ImportNotice | null): void {
  const notices = importNoticesOf(store);
  notices.setState({ notice, serial: notices.getState().serial + 1 });
}

/**
 * Opens an accepted design (`fresh` starts a new undo history, as on start-up) or reports why not;
 * true when the design was opened.
 */
export function applyParseResult(store: DesignStore, source: string, result: ParseResult, fresh = false): boolean {
  if (!result.ok) {
    tell(store, { kind: 'refused', source, problems: result.problems });
    return false;
  }
  const state = store.getState();
  if (fresh) state.openDesign(result.design);
  else state.loadDesign(result.design);
  const worthSaying = result.migratedFrom !== null || result.warnings.length > 0;
  tell(store, worthSaying ? { kind: 'opened', source, migratedFrom: result.migratedFrom, warnings: result.warnings } : null);
  return true;
}
