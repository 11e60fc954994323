/**
 * Builds the cable schedule, or an installer task sheet, as CSV off the page's thread: a 16k-GPU
 * design has tens of thousands of rows. Parses and analyzes the design itself, so only its text
 * crosses over. Progress counts the schedule's cable paths, which every sheet walks once.
 */
import { cutsheetCables, cutsheetSize } from '../domain/report/cutsheet.ts';
import { cutsheetCsv } from '../domain/report/cutsheetCsv.ts';
import { analyzeDesignText } from './analyzeDesignText.ts';
import type { CutsheetReply, CutsheetRequest } from './cutsheetProtocol.ts';
import { PROGRESS_EVERY } from './workerJob.ts';
import { withProgress } from './withProgress.ts';

const post = (reply: CutsheetReply) => (self as unknown as { postMessage(reply: CutsheetReply): void }).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<CutsheetRequest>) => {
  try {
    const { sheet } = event.data;
    const { design, analysis } = analyzeDesignText(event.data.designText);
    const total = cutsheetSize(analysis);
    post({ type: 'progress', done: 0, total });
    const cables = withProgress(cutsheetCables(design, analysis), PROGRESS_EVERY, (done) => post({ type: 'progress', done, total }));
    const { csv, rows } = cutsheetCsv(design, analysis, sheet, cables);
    post({ type: 'done', result: { csv: new Blob([csv], { type: 'text/csv;charset=utf-8' }), rows, sheet } });
  } catch (err) {
    post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
});
