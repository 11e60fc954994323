/** The one place where findings become sentences; each names a fix where one exists. */
import { assertNever } from '../assertNever.ts';
import type { Catalog } from '../catalog/catalog.ts';
import type { Protocol } from '../catalog/types.ts';
import type { Finding, OpticSuggestion } from './findings.ts';
import type { ReachAlternative } from './reachAlternatives.ts';

const km = (m: number) => (m >= 1000 ? `${(m / 1000).toFixed(m % 1000 === 0 ? 0 : 2)} km` : `${m} m`);
const db = (x: number) => `${x.toFixed(2)} dB`;
const dbm = (x: number) => `${x.toFixed(1)} dBm`;
const PROTOCOL_NAME = { infiniband: 'InfiniBand', ethernet: 'Ethernet' } as const;
const rate = (gbps: number) => (gbps >= 1000 ? `${Number((gbps / 1000).toFixed(2))} Tb/s` : `${Number(gbps.toFixed(1))} Gb/s`);

export function describeFinding(f: Finding, catalog: Catalog): string {
  const name = (optic: string) => catalog.optics[optic]?.name ?? optic;
  const device = (model: string) => catalog.devices[model]?.name ?? model;
  const moduleName = (id: string) => catalog.modules[id]?.name ?? id;
  const fix = (s: OpticSuggestion | null) => (s ? `: use ${name(s.optic)} (${km(s.reachM)})` : '');
  const needs = (x: ReachAlternative) => {
    switch (x.needs) {
      case 'protocol':
        return `its modules are ${x.protocols.map((p) => PROTOCOL_NAME[p]).join(' or ')} only, which ${device(x.model)}'s ports do not speak`;
      case 'form-factor':
        return `it needs a cage ${device(x.model)} does not have`;
      case 'speed':
        return `${device(x.model)}'s ports do not run it at that rate`;
      case 'power-class':
        return `its module draws more than ${device(x.model)}'s cages take`;
      default:
        return assertNever(x.needs);
    }
  };
  const alternatives = (list: readonly ReachAlternative[]) =>
    list.length
      ? ` No optic both ends host reaches that far. ${list.map((x) => `${name(x.optic)} (${km(x.reachM)}): ${needs(x)}`).join('; ')}. Aggregate onto switches with single-port QSFP-DD/OSFP LR cages, or use a DCI optic.`
      : '';
  switch (f.code) {
    case 'reach-exceeded':
      return f.severity === 'error'
        ? `${km(f.lengthM)} exceeds ${name(f.optic)}'s ${km(f.reachM)} reach${f.fiber ? ` on ${f.fiber}` : ''}${fix(f.suggestion)}.${alternatives(f.alternatives)}`
        : `${km(f.lengthM)} is within ${name(f.optic)}'s ${km(f.reachM)} reach${f.fiber ? ` on ${f.fiber}` : ''}, but above 90 %: little room for a longer route.`;
    case 'loss-budget-exceeded': {
      const plant = `${f.connections} connection${f.connections === 1 ? '' : 's'} at ${f.connectorLossDb} dB${f.splices ? ` and ${f.splices} splice${f.splices === 1 ? '' : 's'}` : ''}`;
      const alt = f.suggestion ? ` or ${name(f.suggestion.optic)}` : '';
      return f.severity === 'error'
        ? `Channel loss ${db(f.lossDb)} over ${km(f.lengthM)} with ${plant} exceeds ${name(f.optic)}'s ${db(f.budgetDb)} budget (margin ${db(f.marginDb)}): use low-loss connectors, fewer patch panels${alt}.`
        : `${km(f.lengthM)} of ${name(f.optic)} is within budget, but ${plant} leave only ${db(f.marginDb)} margin: use low-loss connectors${alt}.`;
    }
    case 'loss-unverified': {
      const alt = f.suggestion ? `, or use ${name(f.suggestion.optic)}, whose budget is published (${km(f.suggestion.reachM)})` : '';
      return `Channel loss ${db(f.lossDb)} over ${km(f.lengthM)} is unverified: ${name(f.optic)} publishes no channel insertion loss on ${f.fiber}. The standard's or datasheet's maximum channel loss (add it to the design's catalog) would make it checkable${alt}.`;
    }
    case 'loss-below-minimum':
      return `${name(f.optic)}'s receiver would overload on this short span (least loss ${db(f.lossMinDb)}${f.rxMaxDbm !== null && f.overloadDbm !== null ? `, Rx up to ${dbm(f.rxMaxDbm)} against ${dbm(f.overloadDbm)} overload` : ''}): needs a ${f.attenuatorDb} dB attenuator, or a shorter-reach optic.`;
    case 'rx-near-threshold': {
      const window = `${f.rxMinDbm === null ? '?' : dbm(f.rxMinDbm)} to ${f.rxMaxDbm === null ? '?' : dbm(f.rxMaxDbm)}`;
      return `Expected Rx ${window} crosses ${name(f.optic)}'s ${f.derived ? 'derived ' : ''}DOM warning threshold ${dbm(f.thresholdDbm)}: the module will warn at turn-up; use low-loss connectors or fewer patch panels${f.thresholdDbm > (f.rxMaxDbm ?? -Infinity) ? '' : ', or add an attenuator'}.`;
    }
    case 'protocol-mismatch': {
      const speaks = (p: readonly Protocol[]) => p.map((x) => PROTOCOL_NAME[x]).join(' or ');
      const alt = f.suggestion ? `: use ${name(f.suggestion.optic)} (${km(f.suggestion.reachM)})` : ': choose an optic sold for it';
      return f.end === null
        ? `${device(f.model)} speaks ${speaks(f.expected)} but the other end speaks ${speaks(f.found)}: link ${speaks(f.expected)} ports to ${speaks(f.expected)} ports (a gateway or a different switch)${alt}.`
        : `${name(f.optic)} modules are ${speaks(f.found)} only, but ${device(f.model)}'s ports speak ${speaks(f.expected)}${alt}.`;
    }
    case 'power-class-exceeded':
      return f.highPowerNeeded === null
        ? `${moduleName(f.module)} draws ${f.powerW} W, above the ${f.highPowerMaxW ?? f.cageMaxW} W class of every ${f.portGroup} cage of ${device(f.model)}: choose a lower-power optic.`
        : `${device(f.model)} needs ${f.highPowerNeeded} ${f.highPowerMaxW} W cages for ${moduleName(f.module)} (${f.powerW} W, above the ${f.cageMaxW} W class) on its busiest device but has ${f.highPowerCages}: spread the links over more switches or choose a lower-power optic.`;
    case 'fiber-mismatch':
      return `${name(f.optic)} is not specified on ${f.fiber}${f.specifiedOn.length ? ` (only ${f.specifiedOn.join(', ')})` : ''}: change the fiber grade or the optic.`;
    case 'form-factor-mismatch':
      return `No ${name(f.optic)} module fits ${device(f.model)}'s cages (${f.cages.join(', ')}): choose an optic sold in that form factor.`;
    case 'port-group-unknown':
      return `${device(f.model)} has no "${f.portGroup}" ports (it has ${f.portGroups.join(', ')}): choose one of those for end ${f.end.toUpperCase()}, or clear it to use the first that fits.`;
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
