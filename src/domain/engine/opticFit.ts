/** Reach and channel loss of one optic over one run: the physics behind reach and loss findings. */
import type { FiberGrade, OpticSpec } from '../catalog/types.ts';
import { channelLoss } from './channelLoss.ts';
import type { MatedPair } from './connectorClass.ts';

export interface Plant {
  /** Null for copper and AOC assemblies. */
  readonly fiber: FiberGrade | null;
  readonly attenuationDbPerKm: number;
  /** Every mated pair of the channel, with its connector type and loss. */
  readonly connectors: readonly MatedPair[];
  readonly connections: number;
  /** Mean loss per mated pair (the one figure when every pair is of one class). */
  readonly connectorLossDb: number;
  readonly splices: number;
  readonly spliceLossDb: number;
}

export type ReachStatus = 'ok' | 'near' | 'exceeded' | 'unspecified';
/** `no-budget`: the optic publishes no channel loss on this fiber, so the loss is unverified. */
export type LossStatus = 'ok' | 'low-margin' | 'exceeded' | 'no-budget';

export interface OpticFit {
  readonly reachM: number | null;
  readonly reachStatus: ReachStatus;
  readonly lossDb: number | null;
  readonly budgetDb: number | null;
  readonly marginDb: number | null;
  readonly lossStatus: LossStatus;
}

/** Above this share of the reach a link gets a near-reach warning. */
export const NEAR_REACH_SHARE = 0.9;
/** Below this loss margin a link gets a low-margin warning. */
export const LOW_MARGIN_DB = 1;

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Reach and loss verdict; `reachLimitM` is a module's tighter vendor limit, if any. */
export function fitOptic(optic: OpticSpec, lengthM: number, plant: Plant, reachLimitM?: number): OpticFit {
  const isAssembly = optic.medium === 'copper' || optic.medium === 'acc' || optic.medium === 'aoc';
  const specReach = isAssembly ? optic.assemblyReachM ?? null : plant.fiber ? optic.reachM[plant.fiber] ?? null : null;
  const reachM = specReach === null ? null : Math.min(specReach, reachLimitM ?? Infinity);
  const reachStatus: ReachStatus =
    reachM === null ? 'unspecified' : lengthM > reachM ? 'exceeded' : lengthM > NEAR_REACH_SHARE * reachM ? 'near' : 'ok';

  const budgetDb = !isAssembly && plant.fiber ? optic.maxChannelLossDb[plant.fiber] ?? null : null;
  if (isAssembly || !plant.fiber) {
    return { reachM, reachStatus, lossDb: null, budgetDb: null, marginDb: null, lossStatus: 'no-budget' };
  }
  const lossDb = channelLoss(lengthM, plant).totalDb;
  if (budgetDb === null) return { reachM, reachStatus, lossDb, budgetDb: null, marginDb: null, lossStatus: 'no-budget' };
  const marginDb = round2(budgetDb - lossDb);
  const lossStatus: LossStatus = marginDb < 0 ? 'exceeded' : marginDb < LOW_MARGIN_DB ? 'low-margin' : 'ok';
  return { reachM, reachStatus, lossDb, budgetDb, marginDb, lossStatus };
}
