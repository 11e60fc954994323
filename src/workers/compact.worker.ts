/** Folds the autosave's change log into its full record off the page's thread (see persist/compactLog.ts). */
import { compactLog } from '../persist/compactLog.ts';
import { indexedDbSlots } from '../persist/slotStorage.ts';
import type { CompactReply } from './compactProtocol.ts';

const post = (reply: CompactReply) => (self as unknown as { postMessage(reply: CompactReply): void }).postMessage(reply);
const slots = indexedDbSlots();

self.addEventListener('message', () => {
  compactLog(slots).then(
    (compaction) => post({ ok: true, compaction }),
    (err: unknown) => post({ ok: false, message: err instanceof Error ? err.message : String(err) }),
  );
});
