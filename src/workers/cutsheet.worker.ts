/**
 * Builds the cable schedule CSV off the page's thread: a 16k-GPU design has tens of thousands of
 * rows. Parses and analyzes the design itself, so only its text crosses over.
 */
import { toCsv } from '../domain/report/csv.ts';
import { CUTSHEET_HEADER, cutsheetRows, cutsheetSize } from '../domain/report/cutsheet.ts';
import { analyzeDesignText } from './analyzeDesignText.ts';
import type { CutsheetReply, CutsheetRequest } from './cutsheetProtocol.ts';
import { PROGRESS_EVERY } from './workerJob.ts';
import { withProgress } from './withProgress.ts';

const post = (reply: CutsheetReply) => (self as unknown as { postMessage(reply: CutsheetReply): void }).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<CutsheetRequest>) => {
  try {
    const { design, analysis } = analyzeDesignText(event.data.designText);
    const total = cutsheetSize(analysis);
    post({ type: 'progress', done: 0, total });
    let rows = 0;
    const counted = withProgress(cutsheetRows(design, analysis), PROGRESS_EVERY, (done) => {
      rows = done;
      post({ type: 'progress', done, total });
    });
    const csv = toCsv(CUTSHEET_HEADER, counted);
    post({ type: 'done', result: { csv: new Blob([csv], { type: 'text/csv;charset=utf-8' }), rows } });
  } catch (err) {
    post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
});
