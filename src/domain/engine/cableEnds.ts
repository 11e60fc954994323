/**
 * Where the cables of a link group land: the one rule the BOM's measure and the cable schedule both
 * follow, so the cords the BOM buys by length are the cords the schedule lists. A group's links are
 * dealt to end A's devices in contiguous blocks and to end B's devices round robin (the spread the
 * port check counts, see spread.ts), which puts NIC i of every server on leaf i.
 */

/** Device at end A of cable `p` of `cables`: contiguous blocks, each device's cables side by side. */
export function nearDevice(p: number, cables: number, devicesA: number): number {
  return Math.floor((p * devicesA) / cables);
}

/**
 * Device at end B of leg `leg` of cable `p` (a cable without a breakout has one leg, 0): the group's
 * links `p * fanout + leg` go round robin over B's devices, so a harness fans out to neighbouring devices.
 */
export function farDevice(p: number, leg: number, fanout: number, devicesB: number): number {
  return (p * fanout + leg) % devicesB;
}

/** Legs of cable `p` in use: the fanout, fewer on a group's last harness when `links` is no multiple of it. */
export function legsInUse(p: number, fanout: number, links: number): number {
  return Math.max(0, Math.min(fanout, links - p * fanout));
}

/** The legs one cord of a cable carries, `[first, end)` of the cable's legs; `own` false when it carries none of its own. */
export interface CordLegs {
  readonly first: number;
  readonly end: number;
  readonly own: boolean;
}

/**
 * The legs cord `cord` (1-based) of `cords` carries: a twin-port module's cords split a breakout's
 * `fanout` legs between them, each port its own (800G 2xDR4 to two 400G DR4: one leg per MPO cord);
 * a single cord, or the cords of a link without a breakout, carry them all. A cord of a partial
 * harness with no leg of its own is still laid to the cable's legs (the BOM bills it) but carries
 * none of them. Each cord's run is measured to the device of its `first` leg.
 */
export function cordLegs(legs: number, fanout: number, cord: number, cords: number): CordLegs {
  if (cords <= 1 || fanout <= 1) return { first: 0, end: legs, own: true };
  const per = Math.ceil(fanout / cords);
  const first = (cord - 1) * per;
  const end = Math.min(legs, cord * per);
  return first < end ? { first, end, own: true } : { first: 0, end: legs, own: false };
}
