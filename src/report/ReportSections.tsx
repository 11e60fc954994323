/** Parts of the printed report that the on-screen BOM does not have: totals and findings. */
import type { ReactNode } from 'react';
import type { Analysis } from '../domain/engine/analyzeDesign.ts';
import { aboutText } from '../domain/engine/findingAbout.ts';
import { totalsOf } from '../panels/TotalsTable.tsx';
import { formatCount, unpublishedPowerNote } from '../ui/format.ts';

export function ReportSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="mb-5">
      <h2 className="mb-2 border-b border-slate-300 pb-0.5 text-sm font-bold">{title}</h2>
      {children}
    </section>
  );
}

export function ReportTotals({ analysis }: { analysis: Analysis }) {
  const rows = [...totalsOf(analysis), ['Fiber strands', formatCount(analysis.bom.fiber.strands)] as const];
  const note = unpublishedPowerNote(analysis.bom.powerW);
  return (
    <>
      <dl className="report-keep grid grid-cols-3 gap-x-6 gap-y-1">
        {rows.map(([label, value]) => (
          <div key={label} className="flex justify-between border-b border-slate-100">
            <dt className="text-slate-600">{label}</dt>
            <dd className="font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {note && <p className="mt-1 text-slate-600">Module power: {note}.</p>}
    </>
  );
}

export function ReportFindings({ analysis }: { analysis: Analysis }) {
  if (analysis.findings.length === 0) return <p>No findings: every link group passes its reach, loss and port checks.</p>;
  return (
    <ol className="list-decimal space-y-0.5 pl-5">
      {analysis.findings.map((f, i) => (
        <li key={i} className="report-keep">
          <span className={`font-semibold ${f.severity === 'error' ? 'text-red-700' : 'text-amber-700'}`}>{f.severity === 'error' ? 'Error' : 'Warning'}:</span>{' '}
          <span className="font-semibold">{aboutText(f.about)}:</span> {f.message}
        </li>
      ))}
    </ol>
  );
}
