/** The frame a container shows while something is dragged over it. */
export const DROP_RING = {
  target: 'ring-2 ring-emerald-500 border-emerald-500',
  refused: 'ring-2 ring-red-500 border-red-500',
} as const;
