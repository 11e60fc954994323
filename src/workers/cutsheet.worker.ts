/**
 * Builds the cable schedule, or an installer task sheet, as CSV off the page's thread: a 16k-GPU
 * design has tens of thousands of rows. Parses and analyzes the design itself, so only its text
 * crosses over. Progress counts the schedule's cable paths, which every sheet walks once.
 */
import { cutsheetCables, cutsheetSize } from '../domain/report/cutsheet.ts';
import { cutsheetCsv } from '../domain/report/cutsheetCsv.ts';
import { analyzeDesignText } from './analyzeDesignText.ts';
import { answerJobs } from './answerJobs.ts';
import type { CutsheetRequest, CutsheetResult } from './cutsheetProtocol.ts';
import { PROGRESS_EVERY } from './workerJob.ts';
import { withProgress } from './withProgress.ts';

answerJobs<CutsheetRequest, CutsheetResult>((request, progress) => {
  const { sheet } = request;
  const { design, analysis } = analyzeDesignText(request.designText);
  const total = cutsheetSize(analysis);
  progress(0, total);
  const cables = withProgress(cutsheetCables(design, analysis), PROGRESS_EVERY, (done) => progress(done, total));
  const { csv, rows } = cutsheetCsv(design, analysis, sheet, cables);
  return { csv: new Blob([csv], { type: 'text/csv;charset=utf-8' }), rows, sheet };
});
