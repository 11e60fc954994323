/**
 * A link's loss window from its plant, built on `channelLoss` (the one loss function): the maximum is
 * exactly the loss check's; the minimum takes the shortest cable with every mated pair and splice at
 * its best published grade. The commissioning windows read it, so they follow any plant model change.
 */
import { FIBER_FAMILY } from '../catalog/types.ts';
import { channelLoss } from './channelLoss.ts';
import type { Plant } from './opticFit.ts';

export interface LossWindow {
  /** Least loss: the shortest cable, every connection and splice at its best published grade. */
  readonly minDb: number;
  /** Loss the budget check uses: the longest cable, connections and splices as the plant states them. */
  readonly maxDb: number;
}

/** Reference-grade mated pair (TIA-568.3-D via Fluke, fiber-plant.json): the least a connection can lose. */
const BEST_CONNECTION_DB = { smf: 0.2, mmf: 0.1 } as const;
/** Nominal fusion splice (Caltech spec, FOA): the low end of the published range. */
const BEST_SPLICE_DB = 0.1;

/** Loss window of a group's cables, `longestM` and `shortestM` long, over `plant`; 0 for copper and AOC. */
export function linkLoss(longestM: number, shortestM: number, plant: Plant): LossWindow {
  if (!plant.fiber) return { minDb: 0, maxDb: 0 };
  const best = BEST_CONNECTION_DB[FIBER_FAMILY[plant.fiber]];
  const bestPlant: Plant = {
    ...plant,
    connectors: plant.connectors.map((c) => ({ ...c, lossDb: Math.min(c.lossDb, best) })),
    spliceLossDb: Math.min(plant.spliceLossDb, BEST_SPLICE_DB),
  };
  return { minDb: channelLoss(shortestM, bestPlant).totalDb, maxDb: channelLoss(longestM, plant).totalDb };
}
