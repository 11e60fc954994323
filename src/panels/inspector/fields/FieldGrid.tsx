/** A fieldset of small stacked fields side by side (grades, path kinds). */
import type { ReactNode } from 'react';

export function FieldGrid({ legend, columns, children }: { legend: string; columns: 2 | 3 | 4 | 5; children: ReactNode }) {
  const cols = { 2: 'grid-cols-2', 3: 'grid-cols-3', 4: 'grid-cols-4', 5: 'grid-cols-5' }[columns];
  return (
    <fieldset className="mt-1.5 mb-1">
      <legend className="mb-1 text-[12px] text-slate-600">{legend}</legend>
      <div className={`grid ${cols} gap-x-2 gap-y-1`}>{children}</div>
    </fieldset>
  );
}
