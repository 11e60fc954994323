/**
 * What autosave has to say, kept beside each design store (not in it: it is not part of the document
 * or its history): its status for the header, and a notice about what start-up found in storage.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Problem } from '../domain/format/problem.ts';
import type { DesignStore } from '../store/designStore.ts';
import type { Autosaver } from './autosave.ts';
import type { SlotStorage } from './slotStorage.ts';

export type AutosaveStatus =
  | { readonly kind: 'starting' }
  | { readonly kind: 'idle' }
  | { readonly kind: 'saved'; readonly at: number }
  /** The open design is empty: nothing is written, and the last save stays as it was. */
  | { readonly kind: 'empty' }
  /** `full`: the browser refused for lack of space (quota). */
  | { readonly kind: 'failed'; readonly message: string; readonly full?: boolean }
  /** Another tab saved since this one opened or last saved the design: nothing is written until the user chooses. */
  | { readonly kind: 'conflict' }
  /** Autosave stopped on purpose, to keep what is stored (e.g. a damaged record that could not be set aside). */
  | { readonly kind: 'off'; readonly message: string };

export type PersistNotice =
  | { readonly kind: 'damaged'; readonly key: string; readonly problems: readonly Problem[]; readonly raw: unknown }
  | { readonly kind: 'kept-previous'; readonly name: string; readonly savedAt: number }
  /** The last changes logged could not be read: the design opened as saved before them, and they are kept under `key`. */
  | { readonly kind: 'damaged-changes'; readonly key: string; readonly raw: unknown };

export interface PersistState {
  readonly status: AutosaveStatus;
  readonly notice: PersistNotice | null;
  /** The storage in use; null until start-up attached one (or where there is none, as in unit tests of the UI). */
  readonly slots: SlotStorage | null;
  /** The autosaver in use, for the choices a conflict offers; null until start-up attached one. */
  readonly autosaver: Autosaver | null;
}

const states = new WeakMap<DesignStore, StoreApi<PersistState>>();

export function persistStateOf(store: DesignStore): StoreApi<PersistState> {
  let state = states.get(store);
  if (!state) states.set(store, (state = createStore<PersistState>()(() => ({ status: { kind: 'starting' }, notice: null, slots: null, autosaver: null }))));
  return state;
}
