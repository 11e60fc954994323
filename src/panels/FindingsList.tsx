/** Errors then warnings (the engine's order), each led by what it is about; choosing one selects and shows its link group or node. */
import type { DescribedFinding } from '../domain/engine/analyzeDesign.ts';
import { aboutText } from '../domain/engine/findingAbout.ts';
import { findingSubject } from '../domain/engine/findings.ts';
import type { Subject } from '../store/designStore.ts';
import { useDesignStore } from '../store/designStoreContext.ts';
import { useRevealSubject } from '../canvas/useRevealSubject.ts';
import { plural } from '../ui/format.ts';
import { StatusIcon } from '../ui/StatusIcon.tsx';
import { keyedFindings } from './inspector/findingKey.ts';
import { PanelSection } from './PanelSection.tsx';

export function FindingsList({ findings }: { findings: readonly DescribedFinding[] }) {
  const select = useDesignStore((s) => s.select);
  const selection = useDesignStore((s) => s.selection);
  const reveal = useRevealSubject();
  const errors = findings.filter((f) => f.severity === 'error').length;
  const counts = `${plural(errors, 'error')} · ${plural(findings.length - errors, 'warning')}`;
  return (
    <PanelSection title="Findings" aside={counts}>
      {findings.length === 0 ? (
        <p className="text-[13px] text-slate-600">No findings: every link group passes reach, loss and port checks.</p>
      ) : (
        <ul className="-mx-1 max-h-[22vh] space-y-0.5 overflow-y-auto">
          {keyedFindings(findings).map(({ key, finding }) => {
            const subject = findingSubject(finding);
            return (
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
                  <StatusIcon status={finding.severity} />
                  <span>
                    <span className="font-semibold">{aboutText(finding.about)}:</span> {finding.message}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </PanelSection>
  );
}

function isSelected(selection: Subject | null, subject: Subject): boolean {
  return !!selection && selection.linkId === subject.linkId && selection.nodeId === subject.nodeId;
}
