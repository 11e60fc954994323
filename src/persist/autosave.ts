/**
 * Saves the open design as the user works: every document change is logged at once, as a small
 * patch under the next revision (a durable write, so that a crash loses at most the gesture in
 * flight), one write at a time, in order; changes made while a write is under way go into the next
 * one. The log is folded into the full record when the user pauses or it grows (compactLog, in a
 * worker), so the page itself never writes the whole design. A write lands only if storage is
 * still at the revision this tab last saw: otherwise another tab saved, and nothing is written
 * until the user chooses what to keep (see conflictChoices.ts). Tabs also announce each save, so
 * that another tab open on the design says so at once rather than at its next change.
 */
import type { Design } from '../domain/model/design.ts';
import type { DesignStore } from '../store/designStore.ts';
import { CHANGE_KIND, logKey, type Change, type LogEntry } from './changeLog.ts';
import { compactLog, type Compaction } from './compactLog.ts';
import { persistStateOf, type AutosaveStatus } from './persistState.ts';
import { headRevision } from './savedState.ts';
import { decideSave } from './saveDecision.ts';
import { saveFailure } from './saveFailure.ts';
import type { SlotStorage } from './slotStorage.ts';

/** How long the user pauses before the log is folded into the record (not a save delay: changes are logged at once). */
export const COMPACT_AFTER_MS = 2000;
/** The log is folded sooner once it holds this many changes. */
export const COMPACT_EVERY = 25;

export interface SavedBase {
  /** The newest revision in storage when this tab read it. */
  readonly revision: number;
  /** The design storage holds at that revision, as open in the store; null to write the open design whole. */
  readonly base: Design | null;
  /** When storage got that revision. */
  readonly savedAt: number;
}

export interface Autosaver {
  /** Start-up has finished: from now on changes are saved on top of what storage holds. */
  start(saved: SavedBase): void;
  /** Autosave stays off (something in storage must be kept); says why in the status. */
  turnOff(message: string): void;
  /** After a conflict: saving continues on top of what the tab now holds (a reloaded design, or an overwrite with `base: null`). */
  resume(saved: SavedBase): void;
  /** After a conflict: the open design replaces whatever storage holds now (that stays as an earlier revision). */
  overwrite(): Promise<void>;
  /** Resolves when every change made so far is stored (page hidden, tests). */
  flush(): Promise<void>;
  stop(): void;
}

/** Tells other tabs of this browser that a revision was saved, and hears theirs (a BroadcastChannel in the browser). */
export interface SaveAnnouncer {
  saved(revision: number): void;
  onSaved(listener: (revision: number) => void): void;
}

interface Options {
  readonly now?: () => number;
  readonly announcer?: SaveAnnouncer;
  /** Folds the log into the record; in the browser, in a worker. */
  readonly compact?: () => Promise<Compaction>;
}

export function createAutosaver(store: DesignStore, slots: SlotStorage, options: Options = {}): Autosaver {
  const { now = Date.now, compact = () => compactLog(slots), announcer } = options;
  const persist = persistStateOf(store);
  const setStatus = (status: AutosaveStatus) => persist.setState({ status });
  let started = false;
  let off = false;
  let conflicted = false;
  let forced = false;
  let revision = 0;
  let base: Design | null = null;
  let writing: Promise<void> = Promise.resolve();
  let logged = 0;
  let compactTimer: ReturnType<typeof setTimeout> | undefined;
  let compacting = false;

  const runCompaction = async () => {
    clearTimeout(compactTimer);
    if (compacting) return;
    compacting = true;
    try {
      if ((await compact()).kind === 'compacted') logged = 0;
    } catch {
      // the log keeps every change; the next pause tries again
    } finally {
      compacting = false;
    }
  };
  const scheduleCompaction = () => {
    logged += 1;
    clearTimeout(compactTimer);
    if (logged >= COMPACT_EVERY) void runCompaction();
    else compactTimer = setTimeout(() => void runCompaction(), COMPACT_AFTER_MS);
  };

  const append = (change: Change, expected: number, force: boolean) =>
    slots.transact(async (tx) => {
      const head = await headRevision(tx);
      if (head !== expected && !force) return { conflict: head };
      const entry: LogEntry = { kind: CHANGE_KIND, revision: head + 1, savedAt: now(), change };
      tx.set(logKey(entry.revision), entry);
      return { revision: entry.revision, savedAt: entry.savedAt };
    }, true);

  const conflict = () => {
    conflicted = true;
    setStatus({ kind: 'conflict' });
  };
  announcer?.onSaved((saved) => {
    if (started && !off && !conflicted && saved > revision) conflict();
  });

  const save = async () => {
    if (off || conflicted) return;
    const { design, loadError } = store.getState();
    const decision = decideSave({ started, design, loadFailed: loadError !== null, base: forced ? null : base });
    if (!decision.save) {
      if (decision.reason === 'empty') setStatus({ kind: 'empty' });
      return;
    }
    try {
      const result = await append(decision.change, revision, forced);
      if ('conflict' in result) return conflict();
      forced = false;
      base = design;
      revision = result.revision;
      announcer?.saved(revision);
      setStatus({ kind: 'saved', at: result.savedAt });
      scheduleCompaction();
    } catch (err) {
      setStatus(saveFailure(err));
    }
  };
  const flush = () => {
    writing = writing.then(save);
    return writing;
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.design !== previous.design) void flush();
  });
  const adopt = (saved: SavedBase) => {
    revision = saved.revision;
    base = saved.base;
  };

  return {
    start: (saved) => {
      started = true;
      adopt(saved);
      if (!off) setStatus(saved.base ? { kind: 'saved', at: saved.savedAt } : { kind: 'idle' });
      // what start-up opened (a link, an example) is saved too, unless storage already holds it
      void flush();
    },
    turnOff: (message) => {
      off = true;
      clearTimeout(compactTimer);
      setStatus({ kind: 'off', message });
    },
    resume: (saved) => {
      conflicted = false;
      adopt(saved);
      setStatus({ kind: 'saved', at: saved.savedAt });
      void flush();
    },
    overwrite: () => {
      conflicted = false;
      forced = true;
      return flush();
    },
    flush,
    stop: () => {
      clearTimeout(compactTimer);
      unsubscribe();
    },
  };
}
