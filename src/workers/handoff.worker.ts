/**
 * Builds the NetBox and CVT P2P files off the page's thread: they walk every cable of the schedule,
 * tens of thousands for a 16k-GPU design. Progress counts the cables as the writers read them.
 */
import { cutsheetCables, cutsheetSize } from '../domain/report/cutsheet.ts';
import { handoffFile } from '../io/handoffFiles.ts';
import { analyzeDesignText } from './analyzeDesignText.ts';
import type { HandoffReply, HandoffRequest } from './handoffProtocol.ts';
import { PROGRESS_EVERY } from './workerJob.ts';
import { withProgress } from './withProgress.ts';

const post = (reply: HandoffReply) => (self as unknown as { postMessage(reply: HandoffReply): void }).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<HandoffRequest>) => {
  void (async () => {
    try {
      const { design, analysis } = analyzeDesignText(event.data.designText);
      const total = cutsheetSize(analysis);
      post({ type: 'progress', done: 0, total });
      const cables = withProgress(cutsheetCables(design, analysis), PROGRESS_EVERY, (done) => post({ type: 'progress', done, total }));
      post({ type: 'done', result: await handoffFile(event.data.target, design, analysis, cables) });
    } catch (err) {
      post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  })();
});
