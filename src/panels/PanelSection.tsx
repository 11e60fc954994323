/** A titled region of the side panel; the heading gives the region its accessible name. */
import { useId, type ReactNode } from 'react';

export function PanelSection({ title, aside, children }: { title: string; aside?: ReactNode; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="border-t border-slate-200 px-4 py-3">
      <div className="mb-2 flex items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-[11px] font-semibold tracking-wider text-slate-500 uppercase">
          {title}
        </h2>
        {aside && <span className="text-xs text-slate-500">{aside}</span>}
      </div>
      {children}
    </section>
  );
}
