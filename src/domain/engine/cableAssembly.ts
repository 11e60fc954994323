/** The cable assembly a link needs, and how many per link, from its optic's connector and medium. */
import { assertNever } from '../assertNever.ts';
import type { ConnectorKind, OpticSpec } from '../catalog/types.ts';

export type CableAssembly = 'lc-duplex' | 'mpo-12' | 'mpo-16' | 'mpo-12-to-lc-breakout' | 'mpo-16-to-lc-breakout' | 'dac' | 'acc' | 'aoc';

/** Lit strands one patch cord of a connector carries (MPO-12 parallel optics light 8 of 12). */
const STRANDS_PER_CORD: Record<ConnectorKind, number> = { 'lc-duplex': 2, 'mpo-12': 8, 'mpo-16': 16, integrated: 0 };

export function cableAssembly(optic: OpticSpec, breakoutChild?: OpticSpec): CableAssembly {
  switch (optic.medium) {
    case 'copper':
      return 'dac';
    case 'acc':
      return 'acc';
    case 'aoc':
      return 'aoc';
    case 'smf':
    case 'mmf':
      if (breakoutChild && breakoutChild.connector === 'lc-duplex') {
        return optic.connector === 'mpo-16' ? 'mpo-16-to-lc-breakout' : 'mpo-12-to-lc-breakout';
      }
      return optic.connector === 'integrated' ? 'lc-duplex' : optic.connector;
    default:
      return assertNever(optic.medium);
  }
}

/** Cords per link: twin-port optics such as 2xDR4 need two MPO-12 cords for one 800G link. */
export function cordsPerLink(optic: OpticSpec): number {
  const perCord = STRANDS_PER_CORD[optic.connector];
  return perCord === 0 ? 1 : Math.max(1, Math.ceil(optic.strands / perCord));
}

/** The patch cord at a structured end: the optic's own connector (an integrated optic's field side is LC). */
export function cordAssembly(optic: OpticSpec): CableAssembly {
  return optic.connector === 'mpo-12' || optic.connector === 'mpo-16' ? optic.connector : 'lc-duplex';
}
