/** How a group's links land on the devices of a grouped node (the even spread the engine checks). */

/** Links on device `d` of `devices` when `links` are dealt in contiguous blocks (end A): those whose nearDevice (cableEnds.ts) is `d`. */
export const blockShare = (links: number, devices: number, d: number): number => Math.ceil(((d + 1) * links) / devices) - Math.ceil((d * links) / devices);

/** Links on device `d` of `devices` when `links` are dealt round robin (end B). */
export const roundRobinShare = (links: number, devices: number, d: number): number => Math.floor(links / devices) + (d < links % devices ? 1 : 0);

/** Links on each device when `links` are dealt to `devices` in contiguous blocks (end A). */
export function addBlockSpread(target: Float64Array, links: number): void {
  for (let d = 0; d < target.length; d++) target[d]! += blockShare(links, target.length, d);
}

/** Links on each device when `links` are dealt round robin (end B). */
export function addRoundRobinSpread(target: Float64Array, links: number): void {
  for (let d = 0; d < target.length; d++) target[d]! += roundRobinShare(links, target.length, d);
}
