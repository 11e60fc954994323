/** Messages from the autosave compaction worker (the page only ever sends "compact"). */
import type { Compaction } from '../persist/compactLog.ts';

export type CompactReply = { readonly ok: true; readonly compaction: Compaction } | { readonly ok: false; readonly message: string };
