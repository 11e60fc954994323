/**
 * Messages between the page and the design-reading worker: a file's text, a bundled file's address
 * (fetched by the worker) or the autosave's stored slots in; the design read from them out.
 */
import type { ParseResult } from '../domain/format/parseDesign.ts';
import type { Saved, StoredSlots } from '../persist/savedState.ts';

/** Each kind of job: what the page sends, what comes back. */
export interface ReadJobs {
  readonly text: { readonly input: string; readonly output: ParseResult };
  readonly url: { readonly input: string; readonly output: ParseResult };
  /** The autosave's record with its change log replayed (persist/savedState.ts). */
  readonly saved: { readonly input: StoredSlots; readonly output: Saved };
}

export type ReadJob = keyof ReadJobs;

export type ParseRequest = { readonly [K in ReadJob]: { readonly id: number; readonly kind: K; readonly input: ReadJobs[K]['input'] } }[ReadJob];

/** The job's output, or why it failed (a job that throws). */
export type ParseReply = { readonly id: number; readonly output: ReadJobs[ReadJob]['output'] } | { readonly id: number; readonly failed: string };
