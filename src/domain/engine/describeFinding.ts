/** The one place where findings become sentences; each names a fix where one exists. */
import { assertNever } from '../assertNever.ts';
import type { Catalog } from '../catalog/catalog.ts';
import type { Finding, OpticSuggestion } from './findings.ts';

const km = (m: number) => (m >= 1000 ? `${(m / 1000).toFixed(m % 1000 === 0 ? 0 : 2)} km` : `${m} m`);
const db = (x: number) => `${x.toFixed(2)} dB`;
const rate = (gbps: number) => (gbps >= 1000 ? `${Number((gbps / 1000).toFixed(2))} Tb/s` : `${Number(gbps.toFixed(1))} Gb/s`);

export function describeFinding(f: Finding, catalog: Catalog): string {
  const name = (optic: string) => catalog.optics[optic]?.name ?? optic;
  const device = (model: string) => catalog.devices[model]?.name ?? model;
  const fix = (s: OpticSuggestion | null) => (s ? `: use ${name(s.optic)} (${km(s.reachM)})` : '');
  switch (f.code) {
    case 'reach-exceeded':
      return f.severity === 'error'
        ? `${km(f.lengthM)} exceeds ${name(f.optic)}'s ${km(f.reachM)} reach${f.fiber ? ` on ${f.fiber}` : ''}${fix(f.suggestion)}.`
        : `${km(f.lengthM)} is within ${name(f.optic)}'s ${km(f.reachM)} reach${f.fiber ? ` on ${f.fiber}` : ''}, but above 90 %: little room for a longer route.`;
    case 'loss-budget-exceeded': {
      const plant = `${f.connections} connection${f.connections === 1 ? '' : 's'} at ${f.connectorLossDb} dB${f.splices ? ` and ${f.splices} splice${f.splices === 1 ? '' : 's'}` : ''}`;
      const alt = f.suggestion ? ` or ${name(f.suggestion.optic)}` : '';
      return f.severity === 'error'
        ? `Channel loss ${db(f.lossDb)} over ${km(f.lengthM)} with ${plant} exceeds ${name(f.optic)}'s ${db(f.budgetDb)} budget (margin ${db(f.marginDb)}): use low-loss connectors, fewer patch panels${alt}.`
        : `${km(f.lengthM)} of ${name(f.optic)} is within budget, but ${plant} leave only ${db(f.marginDb)} margin: use low-loss connectors${alt}.`;
    }
    case 'fiber-mismatch':
      return `${name(f.optic)} is not specified on ${f.fiber}${f.specifiedOn.length ? ` (only ${f.specifiedOn.join(', ')})` : ''}: change the fiber grade or the optic.`;
    case 'form-factor-mismatch':
      return `No ${name(f.optic)} module fits ${device(f.model)}'s cages (${f.cages.join(', ')}): choose an optic sold in that form factor.`;
    case 'speed-mismatch':
      return `${device(f.model)} ports run at ${f.portRatesGbps.join('/')}G, not ${f.rateGbps}G: choose a ${f.portRatesGbps[0] ?? ''}G optic or a breakout.`;
    case 'optic-mismatch':
      return `${name(f.opticA)} and ${name(f.opticB)} cannot interoperate and are not a defined breakout pair: use the same optic at both ends.`;
    case 'uneven-spread':
      return `${f.count} links do not divide evenly over ${f.devices} devices (${f.remainder} left over): use a multiple of ${f.devices}.`;
    case 'unknown-optic':
      return `Optic "${f.optic}" is not in the catalog: pick one from the catalog or add it to the design's catalog.`;
    case 'ports-exhausted':
      return `${device(f.model)} needs ${f.cagesNeeded} ${f.portGroup} cages on its busiest device but has ${f.cages}: add switches or reduce the link count.`;
    case 'oversubscribed':
      return `Downlinks ${rate(f.downGbps)} over uplinks ${rate(f.upGbps)} per switch is ${f.ratio}:1, above the ${f.target}:1 target: add uplinks.`;
    case 'channel-mismatch':
      return `The channel template does not fit this ${f.path} run (${f.problem}), so it is measured as one direct cord: fix the template or remove the group's own.`;
    default:
      return assertNever(f);
  }
}
