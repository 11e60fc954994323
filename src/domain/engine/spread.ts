/** How a group's links land on the devices of a grouped node (the even spread the engine checks). */

/** Links on each device when `links` are dealt to `devices` in contiguous blocks (end A). */
export function addBlockSpread(target: Float64Array, links: number): void {
  const devices = target.length;
  for (let d = 0; d < devices; d++) {
    target[d]! += Math.floor(((d + 1) * links) / devices) - Math.floor((d * links) / devices);
  }
}

/** Links on each device when `links` are dealt round robin (end B). */
export function addRoundRobinSpread(target: Float64Array, links: number): void {
  const devices = target.length;
  const base = Math.floor(links / devices);
  const extra = links % devices;
  for (let d = 0; d < devices; d++) target[d]! += base + (d < extra ? 1 : 0);
}
