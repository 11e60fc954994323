/** A modal dialog on the native <dialog>: focus trap, Escape and the backdrop come from the browser. */
import { useEffect, useId, useRef, type ReactNode } from 'react';

export function ModalDialog({ title, onClose, children, wide = false }: { title: string; onClose: () => void; children: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const dialog = ref.current;
    // no close() on cleanup: its close event would arrive after a StrictMode remount and shut the dialog
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={headingId}
      onClose={onClose}
      className={`m-auto max-h-[90vh] rounded-lg bg-white p-0 text-[13px] text-slate-900 shadow-xl backdrop:bg-slate-900/40 ${wide ? 'w-[min(1100px,95vw)]' : 'w-[min(560px,95vw)]'}`}
    >
      <div className="sticky top-0 z-10 flex items-center justify-between border-b border-slate-200 bg-white px-4 py-2">
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
