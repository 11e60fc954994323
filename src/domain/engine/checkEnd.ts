/** What one end of a link group says about its device: does the optic fit a cage, and do the links spread evenly. */
import { fitEnd, type EndFit } from './endFit.ts';
import type { Finding, LinkEnd } from './findings.ts';
import type { LinkContext } from './linkVerdict.ts';
import type { LinkGroup } from '../model/design.ts';
import type { Site } from './placement.ts';
import { roleOf } from './tiers.ts';

/** `other` is the far end's site: links to appliances (UFM) carry management, not balanced traffic, so they may land on some devices only. */
export function checkEnd(end: LinkEnd, site: Site, other: Site, link: LinkGroup, opticId: string, endLinks: number, ctx: LinkContext, findings: Finding[]): EndFit | null {
  if (!site.model) return null;
  const ports = end === 'a' ? link.portsA : link.portsB;
  const fit = fitEnd(ctx.catalog, site.model, opticId, ports);
  const base = { severity: 'error' as const, linkId: link.id, end, nodeId: site.node.id, model: site.model, optic: opticId };
  if (!fit.ok && fit.reason === 'unknown-port-group') {
    findings.push({ code: 'port-group-unknown', severity: 'error', linkId: link.id, end, nodeId: site.node.id, model: site.model, portGroup: ports ?? '', portGroups: fit.portGroups });
  }
  if (!fit.ok && fit.reason === 'form-factor') findings.push({ code: 'form-factor-mismatch', ...base, cages: fit.cages });
  if (!fit.ok && fit.reason === 'speed') {
    const rateGbps = ctx.catalog.optics[opticId]?.rateGbps ?? 0;
    findings.push({ code: 'speed-mismatch', ...base, rateGbps, portRatesGbps: fit.portRatesGbps });
  }
  if (site.devices > 0 && endLinks % site.devices !== 0 && roleOf(other) !== 'appliance') {
    findings.push({
      code: 'uneven-spread',
      severity: 'warning',
      linkId: link.id,
      end,
      nodeId: site.node.id,
      count: endLinks,
      devices: site.devices,
      remainder: endLinks % site.devices,
    });
  }
  return fit;
}
