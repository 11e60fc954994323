/** Patch cord lengths stocked by cable vendors (DOMAIN.md section 2); longer runs are trunks cut to the metre. */
export const STOCKED_LENGTHS_M = [1, 2, 3, 5, 7, 10, 15, 20, 30, 50, 75, 100] as const;

/** The length to order for a run: the next stocked cord up to 100 m, else the next whole metre. */
export function orderLengthM(runM: number): number {
  for (const stocked of STOCKED_LENGTHS_M) if (runM <= stocked + 1e-9) return stocked;
  return Math.ceil(runM - 1e-9);
}
