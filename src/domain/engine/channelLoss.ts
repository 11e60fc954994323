/**
 * The one loss function: fiber (km × dB/km) + every mated pair at its class's loss + splices.
 * The loss check, the inspector and any commissioning window read its terms, so they never disagree.
 */
import type { MatedPair } from './connectorClass.ts';
import type { Plant } from './opticFit.ts';

export interface ChannelLoss {
  readonly fiberKm: number;
  readonly attenuationDbPerKm: number;
  readonly fiberDb: number;
  readonly connectors: readonly MatedPair[];
  readonly connectorsDb: number;
  readonly splices: number;
  readonly spliceLossDb: number;
  readonly splicesDb: number;
  /** Rounded to 0.01 dB, like every loss the engine reports. */
  readonly totalDb: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function channelLoss(lengthM: number, plant: Plant): ChannelLoss {
  const fiberKm = lengthM / 1000;
  const fiberDb = fiberKm * plant.attenuationDbPerKm;
  const connectorsDb = plant.connectors.reduce((s, c) => s + c.lossDb, 0);
  const splicesDb = plant.splices * plant.spliceLossDb;
  return {
    fiberKm,
    attenuationDbPerKm: plant.attenuationDbPerKm,
    fiberDb: round2(fiberDb),
    connectors: plant.connectors,
    connectorsDb: round2(connectorsDb),
    splices: plant.splices,
    spliceLossDb: plant.spliceLossDb,
    splicesDb: round2(splicesDb),
    totalDb: round2(fiberDb + connectorsDb + splicesDb),
  };
}
