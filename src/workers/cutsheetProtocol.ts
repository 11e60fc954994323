/** Messages between the page and the cable-schedule worker. Only the serialized design goes in. */
import type { WorkerReply } from './workerJob.ts';

export interface CutsheetRequest {
  readonly designText: string;
}

export type CutsheetReply = WorkerReply<{ readonly csv: Blob; readonly rows: number }>;
