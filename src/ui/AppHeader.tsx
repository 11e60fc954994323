import { STATUS_GLYPH, STATUS_TEXT_CLASS, STATUS_WORD } from './statusWords.ts';

const STATUSES = ['ok', 'warning', 'error'] as const;

export function AppHeader() {
  return (
    <header className="flex h-10 shrink-0 items-center justify-between border-b border-slate-200 bg-white px-4">
      <div className="flex items-center gap-2">
        <span aria-hidden="true" className="grid size-5 place-items-center rounded bg-slate-800 text-[10px] font-bold text-white">
          FD
        </span>
        <span className="text-sm font-semibold text-slate-800">Fabric Designer</span>
        <span className="rounded bg-slate-100 px-1.5 text-[11px] text-slate-500">read-only view</span>
      </div>
      <ul aria-label="Link verdict legend" className="flex items-center gap-3 text-xs text-slate-600">
        {STATUSES.map((s) => (
          <li key={s} className="flex items-center gap-1">
            <span aria-hidden="true" className={`font-bold ${STATUS_TEXT_CLASS[s]}`}>
              {STATUS_GLYPH[s]}
            </span>
            {STATUS_WORD[s]}
          </li>
        ))}
      </ul>
    </header>
  );
}
