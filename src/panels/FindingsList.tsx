/** Errors then warnings (the engine's order), each led by what it is about; choosing one selects and shows its link group or node. */
import { memo } from 'react';
import type { DescribedFinding } from '../domain/engine/analyzeDesign.ts';
import { aboutText } from '../domain/engine/findingAbout.ts';
import { findingSubject, type Severity } from '../domain/engine/findings.ts';
import type { Subject } from '../store/designStore.ts';
import { useDesignStore } from '../store/designStoreContext.ts';
import { useRevealSubject } from '../canvas/useRevealSubject.ts';
import { plural } from '../ui/format.ts';
import { StatusIcon } from '../ui/StatusIcon.tsx';
import { keyedFindings } from './inspector/findingKey.ts';
import { PanelSection } from './PanelSection.tsx';
import { sameRows } from './sameRows.ts';

/** What the list shows of a finding. */
export interface FindingRow {
  readonly key: string;
  readonly severity: Severity;
  readonly about: string;
  readonly message: string;
  readonly subject: Subject;
}

export function findingRowsOf(findings: readonly DescribedFinding[]): FindingRow[] {
  return keyedFindings(findings).map(({ key, finding }) => ({ key, severity: finding.severity, about: aboutText(finding.about), message: finding.message, subject: findingSubject(finding) }));
}

/** Re-rendered when a finding shown or the selection changed, not for every edit. */
export const FindingsList = memo(function FindingsList({ rows }: { rows: readonly FindingRow[] }) {
  const select = useDesignStore((s) => s.select);
  const selection = useDesignStore((s) => s.selection);
  const reveal = useRevealSubject();
  const errors = rows.filter((f) => f.severity === 'error').length;
  const counts = `${plural(errors, 'error')} · ${plural(rows.length - errors, 'warning')}`;
  return (
    <PanelSection title="Findings" aside={counts}>
      {rows.length === 0 ? (
        <p className="text-[13px] text-slate-600">No findings: every link group passes reach, loss and port checks.</p>
      ) : (
        <ul className="-mx-1 max-h-[22vh] space-y-0.5 overflow-y-auto">
          {rows.map(({ key, severity, about, message, subject }) => (
            <li key={key}>
              <button
                type="button"
                aria-pressed={isSelected(selection, subject)}
                onClick={() => {
                  select(subject);
                  reveal(subject);
                }}
                className="flex w-full items-start gap-2 rounded px-1 py-1 text-left text-[12.5px] leading-snug text-slate-800 hover:bg-slate-100 aria-pressed:bg-sky-50 aria-pressed:ring-1 aria-pressed:ring-sky-300"
              >
                <StatusIcon status={severity} />
                <span>
                  <span className="font-semibold">{about}:</span> {message}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </PanelSection>
  );
}, (p, q) => sameRows(p.rows, q.rows));

function isSelected(selection: Subject | null, subject: Subject): boolean {
  return !!selection && selection.linkId === subject.linkId && selection.nodeId === subject.nodeId;
}
