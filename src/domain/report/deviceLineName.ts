/** A BOM device line's name as the BOM, report, CSV and CLI print it: the model's name, its plane and its fabric where it has them. */
import type { DeviceLine } from '../engine/bom.ts';

export function deviceLineName(d: DeviceLine): string {
  const plane = d.plane === undefined ? '' : `, plane ${d.plane}`;
  const fabric = d.fabric === undefined ? '' : `, ${d.fabric} fabric`;
  return `${d.name}${plane}${fabric}`;
}
