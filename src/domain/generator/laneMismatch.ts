/**
 * When a generated link group's modules leave cage ports unused because its two ends run the rate on
 * different electrical lanes (a DGX H100's 400G ports are 4 × 100G lanes in OSFP cages, a Tomahawk 6
 * switch's 2 × 200G in OSFP224 ones: laneRate.ts), the cure is another model, not another optic;
 * this says so, with the models of the catalog that would match.
 */
import type { Catalog } from '../catalog/catalog.ts';
import { FORM_FACTOR_LANE_GBPS } from '../catalog/laneRate.ts';
import type { DeviceKind, FormFactor } from '../catalog/types.ts';
import { fitEnd } from '../engine/endFit.ts';

export interface LaneEnd {
  readonly model: string;
  readonly formFactor: FormFactor;
  readonly laneGbps: number;
}

export interface LaneMismatch {
  readonly rateGbps: number;
  /** The end whose cages the link's modules leave part-empty. */
  readonly short: LaneEnd;
  readonly other: LaneEnd;
}

/** Names listed before "and N more". */
const LISTED = 3;

/** The mismatch behind a link group that leaves an end's cage ports unused, or null when the lanes are not why. */
export function laneMismatch(catalog: Catalog, optic: string, a: LinkEnd, b: LinkEnd): LaneMismatch | null {
  const rateGbps = catalog.optics[optic]?.rateGbps;
  const endA = laneEnd(catalog, optic, a);
  const endB = laneEnd(catalog, optic, b);
  if (rateGbps === undefined || !endA || !endB || endA.end.laneGbps === endB.end.laneGbps) return null;
  if (endA.short) return { rateGbps, short: endA.end, other: endB.end };
  if (endB.short) return { rateGbps, short: endB.end, other: endA.end };
  return null;
}

interface LinkEnd {
  readonly model: string;
  /** The port group the link names at this end, if any. */
  readonly ports?: string;
}

/** An end's cage lanes, and whether the optic's module leaves its cage part-empty for running other lanes. */
function laneEnd(catalog: Catalog, optic: string, { model, ports }: LinkEnd): { end: LaneEnd; short: boolean } | null {
  const fit = fitEnd(catalog, model, optic, ports);
  if (!fit.ok) return null;
  const { formFactor } = fit.portGroup;
  const laneGbps = FORM_FACTOR_LANE_GBPS[formFactor];
  return laneGbps === null ? null : { end: { model, formFactor, laneGbps }, short: !fit.fillsCage && !fit.matchesLaneRate };
}

/** The refusal: what runs on which lanes, what the short end then lacks, and which models would match. */
export function describeLaneMismatch(m: LaneMismatch, cages: { readonly needed: number; readonly has: number }, catalog: Catalog): string {
  const { rateGbps, short, other } = m;
  const lanes = (end: LaneEnd) => `${rateGbps / end.laneGbps} × ${end.laneGbps}G lanes (${end.formFactor})`;
  const name = (model: string) => catalog.devices[model]?.name ?? model;
  const choices = [instead(catalog, short.model, rateGbps, other.laneGbps), instead(catalog, other.model, rateGbps, short.laneGbps)].filter((c) => c !== null);
  const theShort = `the ${NOUN[catalog.devices[short.model]?.kind ?? 'switch']}`;
  return (
    `Lane rates do not match: ${name(other.model)} runs its ${rateGbps}G ports as ${lanes(other)}, ${name(short.model)} as ${lanes(short)}. ` +
    `No module in the catalog joins the two and fills ${theShort}'s ${short.formFactor} cages, so it needs ${cages.needed} cages but has ${cages.has}. ` +
    (choices.length ? `Choose ${choices.join(', or ')}.` : 'Choose models whose ports run the same lane rate.')
  );
}

const NOUN: Readonly<Record<DeviceKind, string>> = { switch: 'switch', 'gpu-server': 'server', appliance: 'appliance' };

/** "a switch whose 400G ports run 100G lanes (A; B; C and 4 more)": models of the same kind as `model` that would match; null when none. */
function instead(catalog: Catalog, model: string, rateGbps: number, laneGbps: number): string | null {
  const kind = catalog.devices[model]?.kind;
  if (!kind) return null;
  // a device's first port group is its fabric (or compute) ports: the ones the generator wires
  const matching = Object.values(catalog.devices)
    .filter((d) => d.kind === kind && d.portGroups[0] && FORM_FACTOR_LANE_GBPS[d.portGroups[0].formFactor] === laneGbps)
    .filter((d) => kind !== 'switch' || d.portGroups[0]?.modes.some((mode) => mode.rateGbps === rateGbps))
    .map((d) => d.name);
  if (!matching.length) return null;
  const listed = matching.length > LISTED ? `${matching.slice(0, LISTED).join('; ')} and ${matching.length - LISTED} more` : matching.join('; ');
  const ports = kind === 'switch' ? `${rateGbps}G ports` : 'ports';
  return `${kind === 'appliance' ? 'an' : 'a'} ${NOUN[kind]} whose ${ports} run ${laneGbps}G lanes (${listed})`;
}
