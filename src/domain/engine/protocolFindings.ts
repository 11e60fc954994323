/** Protocol and power-class findings of a group's two ends. */
import type { LinkGroup } from '../model/design.ts';
import type { CableRun } from './cableLength.ts';
import { speaks, type EndFit } from './endFit.ts';
import type { Finding } from './findings.ts';
import type { LinkContext } from './linkVerdict.ts';
import type { Site } from './placement.ts';
import { suggestOptic } from './rankOptics.ts';

/** An end whose cage refuses the module's protocol or power, and two ends that speak different protocols. */
export function protocolFindings(link: LinkGroup, a: Site, b: Site, endA: EndFit | null, endB: EndFit | null, run: CableRun, ctx: LinkContext): Finding[] {
  const out: Finding[] = [];
  for (const [end, site, fit] of [['a', a, endA], ['b', b, endB]] as const) {
    if (!fit || fit.ok || !site.model || (fit.reason !== 'protocol' && fit.reason !== 'power-class')) continue;
    const optic = end === 'a' ? link.optic : (link.opticB ?? link.optic);
    if (fit.reason === 'protocol') {
      const suggestion = suggestOptic(link, a, b, run, ctx);
      out.push({ code: 'protocol-mismatch', severity: 'error', linkId: link.id, end, nodeId: site.node.id, model: site.model, optic, module: fit.moduleId, expected: fit.portGroup.protocols ?? [], found: fit.module.protocols ?? [], suggestion });
    } else {
      const { portGroup } = fit;
      out.push({
        code: 'power-class-exceeded',
        severity: 'error',
        nodeId: site.node.id,
        model: site.model,
        portGroup: portGroup.purpose,
        module: fit.moduleId,
        powerW: fit.module.powerW ?? 0,
        cageMaxW: portGroup.moduleMaxW ?? 0,
        highPowerMaxW: portGroup.highPowerCages?.moduleMaxW ?? null,
        highPowerNeeded: null,
        highPowerCages: null,
        linkIds: [link.id],
      });
    }
  }
  if (endA?.ok && endB?.ok && b.model && !speaks(endA.portGroup.protocols, endB.portGroup.protocols)) {
    out.push({ code: 'protocol-mismatch', severity: 'error', linkId: link.id, end: null, nodeId: b.node.id, model: b.model, optic: link.optic, module: null, expected: endB.portGroup.protocols ?? [], found: endA.portGroup.protocols ?? [], suggestion: null });
  }
  return out;
}
