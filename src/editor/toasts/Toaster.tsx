/** Toasts at the bottom of the canvas: refusals as alerts (read out at once), confirmations as status. */
import { toasts, useToasts } from './toastStore.ts';

export function Toaster() {
  const shown = useToasts();
  return (
    <div className="pointer-events-none absolute inset-x-0 bottom-4 z-20 flex flex-col items-center gap-2">
      {shown.map((t) => (
        <div
          key={t.id}
          role={t.tone === 'refusal' ? 'alert' : 'status'}
          className={`pointer-events-auto flex max-w-xl items-start gap-2 rounded-md border px-3 py-2 text-xs shadow-lg ${
            t.tone === 'refusal' ? 'border-red-300 bg-red-50 text-red-900' : 'border-slate-300 bg-white text-slate-800'
          }`}
        >
          <span aria-hidden="true" className={`font-bold ${t.tone === 'refusal' ? 'text-red-600' : 'text-sky-600'}`}>
            {t.tone === 'refusal' ? '✕' : 'ℹ'}
          </span>
          <span className="leading-5">{t.message}</span>
          <button type="button" aria-label="Dismiss" onClick={() => toasts.getState().dismiss(t.id)} className="-my-0.5 ml-1 rounded px-1 text-slate-500 hover:bg-black/5">
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
