/** Messages between the page and the hand-off worker. Only the serialized design and the target go in. */
import type { ScheduleTarget } from '../io/handoffFiles.ts';

export interface HandoffRequest {
  readonly designText: string;
  readonly target: ScheduleTarget;
}
