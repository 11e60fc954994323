/** What the design-reading worker does with each request; also run on the page where there is no Worker (Node, the unit tests). */
import { assertNever } from '../domain/assertNever.ts';
import { parseDesign } from '../domain/format/parseDesign.ts';
import { replaySlots } from '../persist/savedState.ts';
import { fetchDesign } from '../store/openDesignUrl.ts';
import type { ParseRequest, ReadJob, ReadJobs } from './parseProtocol.ts';

export async function runReadJob(request: ParseRequest): Promise<ReadJobs[ReadJob]['output']> {
  switch (request.kind) {
    case 'text':
      return parseDesign(request.input);
    case 'url':
      return fetchDesign(request.input, fetch, parseDesign);
    case 'saved':
      return replaySlots(request.input);
    default:
      return assertNever(request);
  }
}
