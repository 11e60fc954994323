/** A printable page previewed on screen as a full-page modal dialog; on paper only the page shows (report.css). */
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useModalDialog } from '../ui/useModalDialog.ts';
import './report.css';

const button = 'rounded border border-slate-300 bg-white px-3 py-1 text-xs font-medium text-slate-800 hover:bg-slate-50';

/** `name` names the dialog (`<name> preview`), its toolbar and the printed article. */
export function PrintPreview({ name, onClose, children }: { name: string; onClose: () => void; children: ReactNode }) {
  const modal = useModalDialog(onClose);
  // a child of <body>, so that report.css can leave everything else off the paper
  return createPortal(
    <dialog
      {...modal}
      aria-label={`${name} preview`}
      className="print-report fixed inset-0 m-0 size-full max-h-none max-w-none overflow-auto bg-slate-300 p-0 text-[12px] text-slate-900 backdrop:bg-transparent"
    >
      <div role="toolbar" aria-label={name} className="report-toolbar sticky top-0 z-10 flex items-center gap-2 border-b border-slate-300 bg-white px-4 py-2">
        <span className="mr-auto text-sm font-semibold">{name} preview</span>
        <button type="button" className={button} onClick={() => window.print()}>
          Print
        </button>
        <button type="button" className={button} onClick={onClose}>
          Close
        </button>
      </div>
      <article aria-label={name} className="report-page mx-auto my-6 max-w-[210mm] bg-white p-10 shadow-lg">
        {children}
      </article>
    </dialog>,
    document.body,
  );
}
