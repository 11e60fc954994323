/** The fiber plant a link group runs over: its overrides, else its channel's connectors and splices. */
import type { FiberGrade, OpticSpec } from '../catalog/types.ts';
import type { LinkGroup, Settings } from '../model/design.ts';
import type { PathKind } from './cableLength.ts';
import type { PlacedJunction, PlacedSegment } from './channel.ts';
import { PATH_KEY } from './channelTemplate.ts';
import { connectorLossOf, matedPairs, type ChannelEnds, type MatedPair } from './connectorClass.ts';
import { ownEntry } from '../ownTable.ts';
import type { Plant } from './opticFit.ts';

export type PlantOverrides = Partial<Pick<LinkGroup, 'fiber' | 'connections' | 'splices' | 'connectorLossDb' | 'spliceLossDb'>>;

/** The grade an optic runs on when the link names none: the design's default SMF or MMF grade. */
export function defaultGrade(optic: OpticSpec | undefined, settings: Settings): FiberGrade | null {
  if (optic?.medium === 'smf') return settings.defaultSmf;
  if (optic?.medium === 'mmf') return settings.defaultMmf;
  return null;
}

/**
 * Connectors: a count override (the link's, else the design's for the path) gives that many pairs of
 * the A end's type; otherwise the channel's own pairs. Splices: override, else the channel's closures.
 * `ends` is null for copper and AOC assemblies, which have no field connectors.
 */
export function plantFor(
  overrides: PlantOverrides,
  fiber: FiberGrade | null,
  segments: readonly PlacedSegment[],
  ends: ChannelEnds | null,
  path: PathKind,
  settings: Settings,
): Plant {
  const key = PATH_KEY[path];
  const loss = overrides.connectorLossDb ?? settings.connectorLossDb;
  const count = overrides.connections ?? (settings.connections && ownEntry(settings.connections, key));
  let connectors: MatedPair[] = [];
  if (ends && count !== undefined) {
    const lossDb = connectorLossOf(ends.a, loss);
    connectors = Array.from({ length: count }, () => ({ type: ends.a, apc: ends.a === 'mpo' && ends.singleMode, lossDb, at: null }));
  } else if (ends) {
    connectors = matedPairs(segments.filter((s): s is PlacedJunction => s.kind === 'panel' || s.kind === 'cassette'), ends, loss);
  }
  const closures = segments.reduce((n, s) => n + (s.kind === 'osp-trunk' ? s.closures : 0), 0);
  const connectorsDb = connectors.reduce((s, c) => s + c.lossDb, 0);
  return {
    fiber,
    attenuationDbPerKm: fiber ? settings.attenuationDbPerKm[fiber] : 0,
    connectors,
    connections: connectors.length,
    connectorLossDb: connectors.length ? Math.round((connectorsDb / connectors.length) * 1000) / 1000 : connectorLossOf(ends?.a ?? 'lc', loss),
    splices: overrides.splices ?? (settings.splices && ownEntry(settings.splices, key)) ?? closures,
    spliceLossDb: overrides.spliceLossDb ?? settings.spliceLossDb,
  };
}
