/** A link group under the microscope: its verdict, what is wrong and how to fix it, its fields, and the numbers behind the verdict. */
import { findingSubject } from '../../domain/engine/findings.ts';
import { useDesignStore } from '../../store/designStoreContext.ts';
import { useAnalysis } from '../../store/useAnalysis.ts';
import { StatusIcon } from '../../ui/StatusIcon.tsx';
import { STATUS_WORD } from '../../ui/statusWords.ts';
import { formatCount } from '../../ui/format.ts';
import { formatMetres, PATH_LABEL } from './lengthBreakdown.ts';
import { CommissioningTable } from './CommissioningTable.tsx';
import { indexNodes } from '../../domain/engine/placement.ts';
import { ChannelSegments } from './ChannelSegments.tsx';
import { LengthBreakdown } from './LengthBreakdown.tsx';
import { LinkEnds } from './LinkEnds.tsx';
import { LinkFields } from './LinkFields.tsx';
import { LossBudgetTable } from './LossBudgetTable.tsx';
import { SubjectFindings } from './SubjectFindings.tsx';
import { SubjectHeader } from './SubjectHeader.tsx';
import { formatRate } from './units.ts';

export function LinkInspector({ linkId }: { linkId: string }) {
  const design = useDesignStore((s) => s.design);
  const analysis = useAnalysis();
  const link = design?.links.find((l) => l.id === linkId);
  if (!design || !analysis || !link) return null;
  const verdict = analysis.linkById.get(link.id);
  const siteA = analysis.sites.get(link.a);
  const siteB = analysis.sites.get(link.b);
  const nameOf = (id: string) => design.nodes.find((n) => n.id === id)?.name ?? id;
  const names = { a: nameOf(link.a), b: nameOf(link.b) };
  const opticName = analysis.catalog.optics[link.optic]?.name ?? link.optic;
  const findings = analysis.findings.filter(
    (f) => findingSubject(f).linkId === link.id || ((f.code === 'ports-exhausted' || f.code === 'power-class-exceeded') && f.linkIds.includes(link.id)),
  );
  return (
    <>
      <SubjectHeader kind="Link group" title={`${names.a} → ${names.b}`}>
        {verdict ? (
          <p className="flex items-center gap-1.5">
            <StatusIcon status={verdict.status} />
            <span className="sr-only">{STATUS_WORD[verdict.status]}:</span>
            {formatCount(link.count)} × {opticName} · {formatMetres(verdict.lengthM)} {PATH_LABEL[verdict.path]} · {formatRate(verdict.capacityGbps)}
          </p>
        ) : (
          <p>One end is not placed in a hall, so the engine cannot measure this link group.</p>
        )}
      </SubjectHeader>
      <SubjectFindings title="Findings for this link group" findings={findings} linkId={link.id} />
      {verdict && <LinkFields link={link} verdict={verdict} analysis={analysis} design={design} names={names} />}
      {verdict && <LengthBreakdown verdict={verdict} slackPercent={design.settings.slackPercent} />}
      {verdict && siteA && siteB && <ChannelSegments verdict={verdict} a={siteA} b={siteB} nodes={indexNodes(design)} />}
      {verdict && <LossBudgetTable verdict={verdict} opticName={opticName} />}
      {verdict && <CommissioningTable verdict={verdict} opticName={(id) => analysis.catalog.optics[id]?.name ?? id} />}
      {verdict && <LinkEnds verdict={verdict} names={names} connector={analysis.catalog.optics[link.optic]?.connector} />}
    </>
  );
}
