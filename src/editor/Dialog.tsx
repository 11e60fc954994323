/** A modal dialog on the native <dialog>: focus trap, Escape and the backdrop come from the browser. */
import { useEffect, useId, useRef, type ReactNode } from 'react';

export function Dialog({ title, onClose, children, width = 'w-[min(560px,95vw)]' }: { title: string; onClose: () => void; children: ReactNode; width?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    // showModal focuses the first control (the close button); a form's first field is more useful
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={headingId}
      onClose={onClose}
      className={`m-auto max-h-[90vh] rounded-lg bg-white p-0 text-[13px] text-slate-900 shadow-xl backdrop:bg-slate-900/40 ${width}`}
    >
      <div className="sticky top-0 z-10 flex items-center justify-between border-b border-slate-200 bg-white px-4 py-2.5">
        <h2 id={headingId} className="text-sm font-semibold">
          {title}
        </h2>
        <button type="button" aria-label="Close" onClick={onClose} className="rounded px-2 py-0.5 text-lg leading-none text-slate-500 hover:bg-slate-100">
          ×
        </button>
      </div>
      <div className="p-4">{children}</div>
    </dialog>
  );
}

export const FIELD = 'h-8 w-full rounded-md border border-slate-300 bg-white px-2 text-[13px] text-slate-900 focus:border-sky-500 focus:ring-2 focus:ring-sky-200 focus:outline-none';
export const PRIMARY_BUTTON = 'h-8 rounded-md bg-sky-600 px-3 text-[13px] font-medium text-white shadow-sm hover:bg-sky-700 disabled:cursor-not-allowed disabled:bg-slate-300';
export const SECONDARY_BUTTON = 'h-8 rounded-md border border-slate-300 bg-white px-3 text-[13px] font-medium text-slate-700 hover:bg-slate-50';
