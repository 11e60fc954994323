/** The app's modal dialog (see useModalDialog): a titled header with a close button, then the content. */
import { useId, type ReactNode } from 'react';
import { useModalDialog } from './useModalDialog.ts';

interface Props {
  readonly title: string;
  /** A line under the title, read out as the dialog's description. */
  readonly description?: string;
  /** A Tailwind width class. */
  readonly width?: string;
  /** The children fill the dialog below the header and scroll themselves (a form with a fixed footer). */
  readonly fill?: boolean;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

export function ModalDialog({ title, description, width = 'w-[min(560px,95vw)]', fill = false, onClose, children }: Props) {
  const modal = useModalDialog(onClose);
  const titleId = useId();
  const descriptionId = useId();
  return (
    <dialog
      {...modal}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      className={`m-auto max-h-[90vh] flex-col overflow-hidden rounded-lg bg-white p-0 text-[13px] text-slate-900 shadow-xl backdrop:bg-slate-900/40 open:flex ${width}`}
    >
      <header className="flex shrink-0 items-start justify-between gap-4 border-b border-slate-200 px-4 py-2.5">
        <div>
          <h2 id={titleId} className="text-sm font-semibold">
            {title}
          </h2>
          {description && (
            <p id={descriptionId} className="text-xs text-slate-500">
              {description}
            </p>
          )}
        </div>
        <button type="button" aria-label="Close" onClick={onClose} className="shrink-0 rounded px-2 py-0.5 text-lg leading-none text-slate-500 hover:bg-slate-100">
          ×
        </button>
      </header>
      {fill ? children : <div className="min-h-0 flex-1 overflow-y-auto p-4">{children}</div>}
    </dialog>
  );
}
