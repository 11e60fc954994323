/** Which optic each tier of a generated fabric got and why, for the preview and `fabric generate`. */
import type { Catalog } from '../catalog/catalog.ts';
import type { OpticMedium } from '../catalog/types.ts';
import type { OpticOption } from '../engine/rankOptics.ts';
import type { DraftTier } from './wireFabric.ts';

/** How the optic was picked: the user fixed the tier's optic, the campus optic, or the best-ranked that passes. */
export type OpticReason = 'fixed' | 'campus' | 'ranked';

/** Why a multimode optic both ends host was passed over for this tier's longest run. */
export type MultimodeShortfall = 'reach-exceeded' | 'near-reach' | 'loss-exceeded' | 'low-margin' | 'no-budget';

export interface TierOptic {
  readonly tier: DraftTier;
  /** The runs between buildings get their own line. */
  readonly betweenBuildings: boolean;
  readonly optic: string;
  readonly reason: OpticReason;
  /** Link groups of the tier that took the optic. */
  readonly groups: number;
  /** Their longest cable as billed (stocked length, or a trunk's metres). */
  readonly longestM: number;
  /** The optic's reach on the run's fiber (a module's tighter limit included); null where none is published. */
  readonly reachM: number | null;
  /** A ranked non-multimode pick, where a multimode optic both ends host missed: which, and why. */
  readonly multimode: { readonly optic: string; readonly reachM: number | null; readonly shortfall: MultimodeShortfall } | null;
}

/** Why the best multimode option of a run falls short; null when there is none or it passes cleanly. */
export function multimodeShortfall(options: readonly OpticOption[], catalog: Catalog): TierOptic['multimode'] {
  const mmf = options.find((o) => catalog.optics[o.optic]?.medium === 'mmf');
  if (!mmf) return null;
  const { fit } = mmf;
  const shortfall: MultimodeShortfall | null =
    fit.reachStatus === 'exceeded' ? 'reach-exceeded'
    : fit.lossStatus === 'exceeded' ? 'loss-exceeded'
    : fit.reachStatus === 'near' ? 'near-reach'
    : fit.lossStatus === 'low-margin' ? 'low-margin'
    : fit.lossStatus === 'no-budget' ? 'no-budget'
    : null;
  return shortfall ? { optic: mmf.optic, reachM: fit.reachM, shortfall } : null;
}

/** Folds one link group's pick into the tier lines: one line per tier, campus side and optic. */
export function addTierOptic(lines: TierOptic[], pick: Omit<TierOptic, 'groups'>): void {
  const i = lines.findIndex((l) => l.tier === pick.tier && l.betweenBuildings === pick.betweenBuildings && l.optic === pick.optic);
  const line = lines[i];
  if (!line) {
    lines.push({ ...pick, groups: 1 });
    return;
  }
  const longer = pick.longestM > line.longestM;
  lines[i] = { ...line, groups: line.groups + 1, longestM: Math.max(line.longestM, pick.longestM), multimode: longer ? pick.multimode : line.multimode };
}

const TIER_LABEL: Record<DraftTier, string> = {
  serverLeaf: 'server–leaf',
  leafSpine: 'leaf–spine',
  spineCore: 'spine–core',
  ufmLeaf: 'UFM–leaf',
  storageLeaf: 'storage server–leaf',
  storageSpine: 'storage leaf–spine',
  ufmStorage: 'UFM–storage leaf',
};
const MEDIUM_LABEL: Record<OpticMedium, string> = { smf: 'SMF', mmf: 'MMF', copper: 'DAC', acc: 'ACC', aoc: 'AOC' };
const SHORTFALL: Record<MultimodeShortfall, string> = {
  'reach-exceeded': 'is past its reach',
  'near-reach': 'is over 90 % of its reach',
  'loss-exceeded': 'is over its loss budget',
  'low-margin': 'leaves under 1 dB of loss margin',
  'no-budget': 'has no published loss budget to check',
};

/** "leaf–spine: NVIDIA 400G SR4 (NDR single-port) MMF, longest run 30 m of 50 m reach". */
export function describeTierOptic(t: TierOptic, catalog: Catalog): string {
  const spec = catalog.optics[t.optic];
  const where = `${TIER_LABEL[t.tier]}${t.betweenBuildings ? ' between buildings' : ''}`;
  const what = spec ? `${spec.name} ${MEDIUM_LABEL[spec.medium]}` : t.optic;
  const reach = t.reachM === null ? 'no published reach' : `${t.reachM} m reach`;
  const why =
    t.reason === 'fixed' ? '; fixed by you'
    : t.reason === 'campus' ? '; the campus optic you chose'
    : t.multimode ? `; multimode ${catalog.optics[t.multimode.optic]?.name ?? t.multimode.optic} ${SHORTFALL[t.multimode.shortfall]}${t.multimode.reachM === null ? '' : ` (${t.multimode.reachM} m)`}`
    : '';
  return `${where}: ${what}, longest run ${t.longestM} m of ${reach}${why}`;
}
