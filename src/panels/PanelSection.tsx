/** A titled region of the side panel; the heading gives the region its accessible name. */
import { useId, type ReactNode } from 'react';

// level 3 sits inside the inspector, under its level-2 title: a lighter rule and tighter spacing
const STYLE = {
  2: { section: 'border-slate-200 py-3', header: 'mb-2', aside: 'text-xs' },
  3: { section: 'border-slate-100 py-2.5', header: 'mb-1.5', aside: 'text-[11px]' },
} as const;

export function PanelSection({ title, aside, level = 2, children }: { title: string; aside?: ReactNode; level?: 2 | 3; children: ReactNode }) {
  const headingId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  const style = STYLE[level];
  return (
    <section aria-labelledby={headingId} className={`border-t px-4 ${style.section}`}>
      <div className={`flex items-baseline justify-between gap-2 ${style.header}`}>
        <Heading id={headingId} className="text-[11px] font-semibold tracking-wider text-slate-500 uppercase">
          {title}
        </Heading>
        {aside && <span className={`text-slate-500 ${style.aside}`}>{aside}</span>}
      </div>
      {children}
    </section>
  );
}
