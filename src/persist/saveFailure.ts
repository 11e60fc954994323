/** The status for a write the browser refused, in plain words; a full storage is told apart. */
import type { AutosaveStatus } from './persistState.ts';

export function saveFailure(err: unknown): AutosaveStatus {
  const name = err instanceof DOMException || err instanceof Error ? err.name : '';
  const said = err instanceof Error || err instanceof DOMException ? err.message : String(err);
  if (name === 'QuotaExceededError' || /quota/i.test(said)) {
    return { kind: 'failed', full: true, message: "This browser's storage for this site is full, so your latest changes are not saved in it" };
  }
  // the browser's own message may end with a full stop; ours follows it
  return { kind: 'failed', message: `Could not save in this browser (${said.replace(/[.\s]+$/, '')})` };
}
