/** Sizes of the canvas cards and containers, px. */
export const CARD = { width: 200, height: 64 } as const;
// Gaps leave room for an edge label (about 22 px high) between stacked cards.
export const RACK = { pad: 8, header: 48, gap: 44 } as const;
export const HALL = { header: 40, gap: 40 } as const;
export const BUILDING = { pad: 20, header: 44, gap: 420 } as const;
