/** The one-click fix for a finding, where the engine's numbers point to one: a patch of one link group. */
import { assertNever } from '../../domain/assertNever.ts';
import type { Analysis } from '../../domain/engine/analyzeDesign.ts';
import type { Finding } from '../../domain/engine/findings.ts';
import { FIBER_FAMILY } from '../../domain/catalog/types.ts';
import type { Design, LinkGroup, LinkId } from '../../domain/model/design.ts';
import { findingKey } from './findingKey.ts';
import { countThatFits } from './fitCount.ts';
import { opticPatch, rankedOptions } from './opticChoices.ts';

export interface Fix {
  /** What the button says, e.g. "Switch to 400GBASE-FR4". */
  readonly label: string;
  readonly linkId: LinkId;
  readonly patch: Partial<Omit<LinkGroup, 'id'>>;
}

/**
 * The fix for `finding`; `linkId` names the link group being inspected, for findings about a node
 * that several groups share (ports-exhausted). Null when no single edit of a link settles it.
 */
export function fixFor(finding: Finding, design: Design, analysis: Analysis, linkId?: LinkId): Fix | null {
  const linkOf = (id: LinkId | undefined) => design.links.find((l) => l.id === id);
  const name = (optic: string) => analysis.catalog.optics[optic]?.name ?? optic;
  const switchTo = (link: LinkGroup, optic: string): Fix => ({ label: `Switch to ${name(optic)}`, linkId: link.id, patch: opticPatch(link, optic, analysis.catalog) });
  switch (finding.code) {
    case 'reach-exceeded':
    case 'loss-budget-exceeded':
    case 'loss-unverified':
    case 'protocol-mismatch': {
      const link = linkOf(finding.linkId);
      return link && finding.suggestion ? switchTo(link, finding.suggestion.optic) : null;
    }
    case 'form-factor-mismatch':
    case 'speed-mismatch':
    case 'unknown-optic': {
      const link = linkOf(finding.linkId);
      const verdict = link && analysis.linkById.get(link.id);
      const best = link && verdict ? rankedOptions(link, verdict, analysis, design).find((o) => o.status !== 'error') : undefined;
      return link && best ? switchTo(link, best.optic) : null;
    }
    case 'fiber-mismatch': {
      const optic = analysis.catalog.optics[finding.optic];
      const preferred = optic?.medium === 'mmf' ? design.settings.defaultMmf : design.settings.defaultSmf;
      const grade = finding.specifiedOn.find((g) => g === preferred) ?? finding.specifiedOn.find((g) => FIBER_FAMILY[g] === optic?.medium);
      return grade ? { label: `Run it on ${grade}`, linkId: finding.linkId, patch: { fiber: grade } } : null;
    }
    case 'port-group-unknown':
      return { label: 'Land on the first port group that fits', linkId: finding.linkId, patch: finding.end === 'a' ? { portsA: undefined } : { portsB: undefined } };
    case 'optic-mismatch':
      return { label: `Use ${name(finding.opticA)} at both ends`, linkId: finding.linkId, patch: { opticB: undefined } };
    case 'uneven-spread': {
      const link = linkOf(finding.linkId);
      // only when the finding counts the group's own links (not the parent cables of a breakout)
      if (!link || finding.count !== link.count) return null;
      const even = Math.max(finding.devices, Math.floor(link.count / finding.devices) * finding.devices);
      return { label: `Set count to ${even}`, linkId: link.id, patch: { count: even } };
    }
    case 'ports-exhausted': {
      if (!linkId || !finding.linkIds.includes(linkId)) return null;
      const count = countThatFits(design, linkId, finding.nodeId);
      return count === null ? null : { label: `Set count to ${count} (fits the free ports)`, linkId, patch: { count } };
    }
    case 'oversubscribed':
    case 'channel-mismatch':
    case 'loss-below-minimum':
    case 'rx-near-threshold':
    case 'power-class-exceeded':
      return null;
    default:
      return assertNever(finding);
  }
}

// a ports-exhausted fix asks the engine several times: once per analysis (that is, per design), not per render
const fixes = new WeakMap<Analysis, Map<string, Fix | null>>();

/** `fixFor`, remembered for the analysis it was asked about. */
export function cachedFixFor(finding: Finding, design: Design, analysis: Analysis, linkId?: LinkId): Fix | null {
  let byKey = fixes.get(analysis);
  if (!byKey) fixes.set(analysis, (byKey = new Map()));
  const key = `${findingKey(finding)}@${linkId ?? ''}`;
  if (!byKey.has(key)) byKey.set(key, fixFor(finding, design, analysis, linkId));
  return byKey.get(key) ?? null;
}
