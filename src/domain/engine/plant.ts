/** The fiber plant a link group runs over: its overrides, else the design's defaults for its path. */
import type { FiberGrade, OpticSpec } from '../catalog/types.ts';
import type { LinkGroup, Settings } from '../model/design.ts';
import type { PathKind } from './cableLength.ts';
import type { Plant } from './opticFit.ts';

export type PlantOverrides = Partial<Pick<LinkGroup, 'fiber' | 'connections' | 'splices' | 'connectorLossDb' | 'spliceLossDb'>>;

const PATH_KEY = { 'same-rack': 'sameRack', 'same-hall': 'sameHall', 'cross-hall': 'crossHall', 'cross-building': 'crossBuilding' } as const;

/** The grade an optic runs on when the link names none: the design's default SMF or MMF grade. */
export function defaultGrade(optic: OpticSpec | undefined, settings: Settings): FiberGrade | null {
  if (optic?.medium === 'smf') return settings.defaultSmf;
  if (optic?.medium === 'mmf') return settings.defaultMmf;
  return null;
}

export function plantFor(overrides: PlantOverrides, fiber: FiberGrade | null, path: PathKind, settings: Settings): Plant {
  const key = PATH_KEY[path];
  return {
    fiber,
    attenuationDbPerKm: fiber ? settings.attenuationDbPerKm[fiber] : 0,
    connections: overrides.connections ?? settings.connections[key],
    connectorLossDb: overrides.connectorLossDb ?? settings.connectorLossDb,
    splices: overrides.splices ?? settings.splices[key],
    spliceLossDb: overrides.spliceLossDb ?? settings.spliceLossDb,
  };
}
