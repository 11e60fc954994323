/** The header's ways out and in: import, export, share link, the bill of materials and the printed report. */
import { useCallback, useRef, useState } from 'react';
import { serializeDesign } from '../domain/format/serializeDesign.ts';
import { BomDialog } from '../panels/bom/BomDialog.tsx';
import { ReportView } from '../report/ReportView.tsx';
import { usePrintShortcut } from '../report/usePrintShortcut.ts';
import { useDesignStore, useDesignStoreApi } from '../store/designStoreContext.ts';
import { HEADER_BUTTON } from '../ui/headerButton.ts';
import { CompareDialog } from './CompareDialog.tsx';
import { downloadText } from './downloadFile.ts';
import { designFileName } from './fileNames.ts';
import { openDesignFile } from './openDesignFile.ts';
import { HandoffDialog } from './HandoffDialog.tsx';
import { ShareDialog } from './ShareDialog.tsx';


export function FileActions() {
  const store = useDesignStoreApi();
  const design = useDesignStore((s) => s.design);
  const [panel, setPanel] = useState<'share' | 'bom' | 'report' | 'handoff' | 'compare' | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const close = useCallback(() => setPanel(null), []);
  const openReport = useCallback(() => setPanel('report'), []);
  usePrintShortcut(design !== null, openReport);
  const exportFile = () => {
    if (design) downloadText(serializeDesign(design), designFileName(design.name), 'application/json');
  };
  return (
    <div role="group" aria-label="Files and reports" className="flex items-center gap-0.5">
      <button type="button" className={HEADER_BUTTON} title="Open a .fabric.json file (or drop one on the window)" onClick={() => picker.current?.click()}>
        Import
      </button>
      <input
        ref={picker}
        type="file"
        accept=".json,application/json"
        tabIndex={-1}
        aria-hidden="true"
        className="hidden"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void openDesignFile(store, file);
        }}
      />
      <button type="button" className={HEADER_BUTTON} disabled={!design} title="Save the design as a .fabric.json file" onClick={exportFile}>
        Export
      </button>
      <button type="button" className={HEADER_BUTTON} disabled={!design} title="NetBox CSV, NVIDIA CVT P2P or draw.io" onClick={() => setPanel('handoff')}>
        Export to…
      </button>
      <button type="button" className={HEADER_BUTTON} disabled={!design} aria-label="Compare with a file…" title="Compare with a file: what changed against another revision" onClick={() => setPanel('compare')}>
        Compare…
      </button>
      <button type="button" className={HEADER_BUTTON} disabled={!design} title="Copy a link that opens this design" onClick={() => setPanel('share')}>
        Share link
      </button>
      <button type="button" className={HEADER_BUTTON} disabled={!design} onClick={() => setPanel('bom')}>
        Bill of materials
      </button>
      <button type="button" className={HEADER_BUTTON} disabled={!design} title="Print the report (Ctrl+P)" onClick={openReport}>
        Print report
      </button>
      {design && panel === 'share' && (
        <ShareDialog
          design={design}
          onClose={close}
          onExport={() => {
            exportFile();
            close();
          }}
        />
      )}
      {design && panel === 'bom' && <BomDialog design={design} onClose={close} />}
      {design && panel === 'handoff' && <HandoffDialog design={design} onClose={close} />}
      {design && panel === 'compare' && <CompareDialog design={design} onClose={close} />}
      {design && panel === 'report' && <ReportView design={design} onClose={close} />}
    </div>
  );
}
