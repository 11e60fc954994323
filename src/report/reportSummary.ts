/** The report's one-paragraph summary, in words a buyer reads: GPUs, switches by role, link groups, verdict. */
import type { Analysis } from '../domain/engine/analyzeDesign.ts';
import { formatCount, plural } from '../ui/format.ts';

export function switchesByRole(analysis: Analysis): string {
  const byRole = new Map<string, number>();
  for (const d of analysis.bom.devices) if (d.role !== 'server' && d.role !== 'appliance') byRole.set(d.role, (byRole.get(d.role) ?? 0) + d.count);
  return [...byRole].map(([role, count]) => `${formatCount(count)} ${role}`).join(', ');
}

export function reportSummary(analysis: Analysis): string {
  const s = analysis.summary;
  const roles = switchesByRole(analysis);
  const switches = `${plural(s.switches, 'switch').replace(/switchs$/, 'switches')}${roles ? ` (${roles})` : ''}`;
  const verdict =
    s.errors || s.warnings
      ? `The checks find ${plural(s.errors, 'error')} and ${plural(s.warnings, 'warning')}, listed under Findings.`
      : 'The checks find no errors or warnings: every link group passes its reach, loss and port checks.';
  return (
    `This design has ${plural(s.gpus, 'GPU')} in ${plural(s.servers, 'server')}${s.appliances ? `, ${plural(s.appliances, 'appliance')}` : ''} and ${switches}, ` +
    `joined by ${plural(s.linkGroups, 'link group')} of ${plural(s.links, 'link')} over ${plural(s.cables, 'cable')}. ${verdict}`
  );
}
