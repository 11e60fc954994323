/** What a long job in a worker reports back: progress, then its result or why it failed. */
export type WorkerReply<R> =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly result: R }
  | { readonly type: 'failed'; readonly message: string };

/** Items between progress messages: often enough for a smooth bar, rare enough to cost nothing. */
export const PROGRESS_EVERY = 5000;
