/** The top of the inspector: what kind of item it shows, its name, and a one-line summary. */
import type { ReactNode } from 'react';

export function SubjectHeader({ kind, title, children }: { kind: string; title: string; children?: ReactNode }) {
  return (
    <div className="px-4 pt-3 pb-2.5">
      <div className="text-[11px] font-semibold tracking-wider text-sky-700 uppercase">{kind}</div>
      <h2 className="text-[14px] leading-snug font-semibold break-words text-slate-900">{title}</h2>
      {children && <div className="mt-0.5 text-[12px] text-slate-600">{children}</div>}
    </div>
  );
}
