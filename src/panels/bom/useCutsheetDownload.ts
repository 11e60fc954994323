/** Runs the cable schedule in a worker (with progress and cancel) and downloads it. */
import { useCallback } from 'react';
import { serializeDesign } from '../../domain/format/serializeDesign.ts';
import type { Design } from '../../domain/model/design.ts';
import { downloadBlob } from '../../io/downloadFile.ts';
import { csvFileName } from '../../io/fileNames.ts';
import { useWorkerJob } from '../../ui/useWorkerJob.ts';
import type { CutsheetReply, CutsheetRequest } from '../../workers/cutsheetProtocol.ts';

type Schedule = Extract<CutsheetReply, { type: 'done' }>['result'];

const makeWorker = () => new Worker(new URL('../../workers/cutsheet.worker.ts', import.meta.url), { type: 'module' });

export function useCutsheetDownload() {
  const { job, start, cancel } = useWorkerJob<CutsheetRequest, Schedule>(makeWorker);
  const run = useCallback(
    (design: Design) => start({ designText: serializeDesign(design) }, (result) => downloadBlob(result.csv, csvFileName(design.name, 'cutsheet'))),
    [start],
  );
  return { job, start: run, cancel };
}
