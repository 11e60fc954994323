/** A titled block of the inspector; the heading names the region for screen readers and tests. */
import { useId, type ReactNode } from 'react';

export function InspectorSection({ title, aside, children }: { title: string; aside?: ReactNode; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="border-t border-slate-100 px-4 py-2.5">
      <div className="mb-1.5 flex items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-[11px] font-semibold tracking-wider text-slate-500 uppercase">
          {title}
        </h3>
        {aside && <span className="text-[11px] text-slate-500">{aside}</span>}
      </div>
      {children}
    </section>
  );
}

/** A fieldset of small stacked fields side by side (grades, path kinds). */
export function FieldGrid({ legend, columns, children }: { legend: string; columns: 2 | 3 | 4 | 5; children: ReactNode }) {
  const cols = { 2: 'grid-cols-2', 3: 'grid-cols-3', 4: 'grid-cols-4', 5: 'grid-cols-5' }[columns];
  return (
    <fieldset className="mt-1.5 mb-1">
      <legend className="mb-1 text-[12px] text-slate-600">{legend}</legend>
      <div className={`grid ${cols} gap-x-2 gap-y-1`}>{children}</div>
    </fieldset>
  );
}
