/** Messages between the page and the hand-off worker. Only the serialized design and the target go in. */
import type { HandoffResult, ScheduleTarget } from '../io/handoffFiles.ts';
import type { WorkerReply } from './workerJob.ts';

export interface HandoffRequest {
  readonly designText: string;
  readonly target: ScheduleTarget;
}

export type HandoffReply = WorkerReply<HandoffResult>;
