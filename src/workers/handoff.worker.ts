/**
 * Builds the NetBox and CVT P2P files off the page's thread: they walk every cable of the schedule,
 * tens of thousands for a 16k-GPU design. Progress counts the cables as the writers read them.
 */
import { cutsheetCables, cutsheetSize } from '../domain/report/cutsheet.ts';
import { handoffFile, type HandoffResult } from '../io/handoffFiles.ts';
import { analyzeDesignText } from './analyzeDesignText.ts';
import { answerJobs } from './answerJobs.ts';
import type { HandoffRequest } from './handoffProtocol.ts';
import { PROGRESS_EVERY } from './workerJob.ts';
import { withProgress } from './withProgress.ts';

answerJobs<HandoffRequest, HandoffResult>(async (request, progress) => {
  const { design, analysis } = analyzeDesignText(request.designText);
  const total = cutsheetSize(analysis);
  progress(0, total);
  const cables = withProgress(cutsheetCables(design, analysis), PROGRESS_EVERY, (done) => progress(done, total));
  return handoffFile(request.target, design, analysis, cables);
});
