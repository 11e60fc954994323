/**
 * Builds the NetBox and CVT P2P files off the page's thread: they walk every cable of the schedule,
 * tens of thousands for a 16k-GPU design. Progress counts the cables as the writers read them.
 */
import { analyzeDesign } from '../domain/engine/analyzeDesign.ts';
import { parseDesign } from '../domain/format/parseDesign.ts';
import { cutsheetCables, cutsheetSize } from '../domain/report/cutsheet.ts';
import { handoffFile } from '../io/handoffFiles.ts';
import type { HandoffReply, HandoffRequest } from './handoffProtocol.ts';
import { PROGRESS_EVERY } from './workerJob.ts';
import { withProgress } from './withProgress.ts';

const post = (reply: HandoffReply) => (self as unknown as { postMessage(reply: HandoffReply): void }).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<HandoffRequest>) => {
  void (async () => {
    try {
      const parsed = parseDesign(event.data.designText);
      if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path} ${p.message}`).join('; '));
      const analysis = analyzeDesign(parsed.design);
      const total = cutsheetSize(analysis);
      post({ type: 'progress', done: 0, total });
      const cables = withProgress(cutsheetCables(parsed.design, analysis), PROGRESS_EVERY, (done) => post({ type: 'progress', done, total }));
      post({ type: 'done', result: await handoffFile(event.data.target, parsed.design, analysis, cables) });
    } catch (err) {
      post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  })();
});
