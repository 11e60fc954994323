/** Standard trunk fiber counts and how many trunks a route needs once spares are added. */

/** Fiber counts trunk cables are made in (12-fiber units, then the ribbon counts of large OSP cables). */
export const STANDARD_TRUNK_FIBERS = [12, 24, 48, 72, 96, 144, 288, 432, 864] as const;
const LARGEST = 864;

export interface TrunkSizing {
  /** Fibers of each trunk, a standard count. */
  readonly fibers: number;
  readonly count: number;
}

/**
 * Lit fibers plus the spare share, in standard trunks: as many of the largest as are full, then the
 * smallest count that holds the rest (922 fibers: one 864 and one 72, not two 864s).
 */
export function sizeTrunks(usedFibers: number, sparePercent: number): TrunkSizing[] {
  const needed = Math.max(1, Math.ceil(usedFibers * (1 + sparePercent / 100) - 1e-9));
  const full = Math.floor(needed / LARGEST);
  const rest = needed - full * LARGEST;
  const out: TrunkSizing[] = full > 0 ? [{ fibers: LARGEST, count: full }] : [];
  if (rest > 0) {
    const fibers = STANDARD_TRUNK_FIBERS.find((f) => f >= rest) ?? LARGEST;
    if (fibers === LARGEST && full > 0) return [{ fibers: LARGEST, count: full + 1 }];
    out.push({ fibers, count: 1 });
  }
  return out;
}
