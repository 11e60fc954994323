/** The length placement gives a link group, whether or not the user has set one by hand. */
import type { Analysis } from '../../domain/engine/analyzeDesign.ts';
import type { LinkVerdict } from '../../domain/engine/linkVerdict.ts';
import { measureGroup } from '../../domain/engine/linkRuns.ts';
import { indexNodes } from '../../domain/engine/placement.ts';
import type { Design, LinkGroup } from '../../domain/model/design.ts';

export function derivedLengthM(link: LinkGroup, verdict: LinkVerdict, analysis: Analysis, design: Design): number | null {
  if (link.lengthM === undefined) return verdict.lengthM;
  const a = analysis.sites.get(link.a);
  const b = analysis.sites.get(link.b);
  if (!a || !b) return null;
  const measured: LinkGroup = { ...link, lengthM: undefined };
  return measureGroup(measured, { cables: verdict.cables, fanout: verdict.fanout, cords: verdict.cordsPerCable }, a, b, design.settings, indexNodes(design)).longest.lengthM;
}
