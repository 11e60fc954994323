/** Messages between the page and the cable-schedule worker. Only the serialized design goes in. */
export interface CutsheetRequest {
  readonly designText: string;
}

export type CutsheetReply =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly csv: Blob; readonly rows: number }
  | { readonly type: 'failed'; readonly message: string };

/** Rows between progress messages: often enough for a smooth bar, rare enough to cost nothing. */
export const PROGRESS_EVERY = 5000;
