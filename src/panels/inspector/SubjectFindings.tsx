/** The findings about the inspected item, each with its explanation and, where there is one, its fix. */
import type { DescribedFinding } from '../../domain/engine/analyzeDesign.ts';
import { aboutText, type FindingAbout } from '../../domain/engine/findingAbout.ts';
import { useDesignStore } from '../../store/designStoreContext.ts';
import { useAnalysis } from '../../store/useAnalysis.ts';
import { StatusIcon } from '../../ui/StatusIcon.tsx';
import { PanelSection } from '../PanelSection.tsx';
import { cachedFixFor } from './findingFixes.ts';
import { keyedFindings } from './findingKey.ts';

interface Props {
  readonly title: string;
  readonly findings: readonly DescribedFinding[];
  /** The inspected link group, for fixes of findings about a device several groups share. */
  readonly linkId?: string;
  /** The inspected node: its own findings need no introduction, those about its link groups do. */
  readonly nodeId?: string;
}

export function SubjectFindings({ title, findings, linkId, nodeId }: Props) {
  const design = useDesignStore((s) => s.design);
  const updateLink = useDesignStore((s) => s.updateLink);
  const analysis = useAnalysis();
  const offered = new Set<string>();
  const items = keyedFindings(findings).map((k) => {
    const fix = design && analysis ? cachedFixFor(k.finding, design, analysis, linkId) : null;
    // reach and loss often name the same optic: offer that switch once
    const id = fix && `${fix.linkId}:${fix.label}`;
    if (!id || offered.has(id)) return { ...k, fix: null };
    offered.add(id);
    return { ...k, fix };
  });
  if (items.length === 0) return null;
  return (
    <PanelSection level={3} title={title}>
      <ul className="space-y-1.5">
        {items.map(({ key, finding, fix }) => (
          <li key={key} className={`rounded border px-2 py-1.5 ${finding.severity === 'error' ? 'border-red-200 bg-red-50/60' : 'border-amber-200 bg-amber-50/60'}`}>
            <div className="flex items-start gap-1.5 text-[12.5px] leading-snug text-slate-800">
              <StatusIcon status={finding.severity} />
              <p>
                {!isInspected(finding.about, linkId, nodeId) && <span className="font-semibold">{aboutText(finding.about)}: </span>}
                {finding.message}
              </p>
            </div>
            {fix && (
              <button
                type="button"
                onClick={() => updateLink(fix.linkId, fix.patch)}
                className="mt-1.5 ml-5 rounded border border-sky-600 bg-sky-600 px-2 py-0.5 text-[12px] font-medium text-white shadow-xs hover:bg-sky-700 focus-visible:ring-2 focus-visible:ring-sky-300 focus-visible:outline-none"
              >
                {fix.label}
              </button>
            )}
          </li>
        ))}
      </ul>
    </PanelSection>
  );
}

function isInspected(about: FindingAbout, linkId: string | undefined, nodeId: string | undefined): boolean {
  return about.kind === 'link-group' ? about.id === linkId : about.id === nodeId;
}
