/** Connector classes of a channel: which mated pairs it has, of which type, at what loss. */
import type { ConnectorKind, OpticSpec } from '../catalog/types.ts';
import { DEFAULT_SETTINGS } from '../model/defaultSettings.ts';
import type { ConnectorLoss, ConnectorType } from '../model/design.ts';
import { ownEntry } from '../ownTable.ts';
import type { PlacedJunction, Side } from './channel.ts';

export interface MatedPair {
  readonly type: ConnectorType;
  /** Single-mode MPO is angle-polished (APC); LC and multimode MPO are UPC. */
  readonly apc: boolean;
  readonly lossDb: number;
  /** The panel it sits in, when it comes from the channel (not from a count override). */
  readonly at: PlacedJunction['at'] | null;
}

/** The connector type of an optic's cords, or null for assemblies with fixed plugs. */
export function connectorType(kind: ConnectorKind): ConnectorType | null {
  if (kind === 'lc-duplex') return 'lc';
  if (kind === 'mpo-12' || kind === 'mpo-16') return 'mpo';
  return null;
}

const FALLBACK_DB = typeof DEFAULT_SETTINGS.connectorLossDb === 'number' ? DEFAULT_SETTINGS.connectorLossDb : 0.5;

/** The loss of one mated pair of a type: one figure for all, or the type's own (else the default). */
export function connectorLossOf(type: ConnectorType, loss: ConnectorLoss): number {
  if (typeof loss === 'number') return loss;
  return ownEntry(loss, type) ?? FALLBACK_DB;
}

export interface ChannelEnds {
  /** Connector type of the cords at each side (a breakout has MPO at A and LC at B). */
  readonly a: ConnectorType;
  readonly b: ConnectorType;
  readonly singleMode: boolean;
}

export function channelEnds(opticA: OpticSpec, opticB: OpticSpec | undefined): ChannelEnds | null {
  const a = connectorType(opticA.connector);
  if (!a) return null;
  return { a, b: (opticB && connectorType(opticB.connector)) ?? a, singleMode: opticA.medium === 'smf' };
}

/**
 * The mated pairs of a chain: a panel is one (the trunk arrives in the cord's connector), a cassette
 * two (the cord's connector in front, the MPO trunk behind).
 */
export function matedPairs(junctions: readonly PlacedJunction[], ends: ChannelEnds, loss: ConnectorLoss): MatedPair[] {
  const pair = (type: ConnectorType, at: PlacedJunction['at']): MatedPair => ({ type, apc: type === 'mpo' && ends.singleMode, lossDb: connectorLossOf(type, loss), at });
  const front = (side: Side) => (side === 'a' ? ends.a : ends.b);
  return junctions.flatMap((j) => (j.kind === 'panel' ? [pair(front(j.side), j.at)] : [pair(front(j.side), j.at), pair('mpo', j.at)]));
}
