/** Runs the cable schedule or a task sheet in a worker (with progress and cancel) and downloads it. */
import { useCallback, useState } from 'react';
import { serializeDesign } from '../../domain/format/serializeDesign.ts';
import type { Design } from '../../domain/model/design.ts';
import type { CutsheetSheet } from '../../domain/report/cutsheetCsv.ts';
import { downloadBlob } from '../../io/downloadFile.ts';
import { csvFileName } from '../../io/fileNames.ts';
import { useWorkerJob } from '../../ui/useWorkerJob.ts';
import type { CutsheetRequest, CutsheetResult as Sheet } from '../../workers/cutsheetProtocol.ts';

const makeWorker = () => new Worker(new URL('../../workers/cutsheet.worker.ts', import.meta.url), { type: 'module' });

const FILE: Readonly<Record<CutsheetSheet, Parameters<typeof csvFileName>[1]>> = { schedule: 'cutsheet', cords: 'cords', trunks: 'trunks' };

export function useCutsheetDownload() {
  const { job, start, cancel } = useWorkerJob<CutsheetRequest, Sheet>(makeWorker);
  /** The sheet of the latest job, for its progress and messages. */
  const [sheet, setSheet] = useState<CutsheetSheet>('schedule');
  const run = useCallback(
    (design: Design, wanted: CutsheetSheet) => {
      setSheet(wanted);
      start({ designText: serializeDesign(design), sheet: wanted }, (result) => downloadBlob(result.csv, csvFileName(design.name, FILE[result.sheet])));
    },
    [start],
  );
  return { job, sheet, start: run, cancel };
}
