/** A BOM device line's name as the BOM, report, CSV and CLI print it: the model's name, and its plane where it has one. */
import type { DeviceLine } from '../engine/bom.ts';

export function deviceLineName(d: DeviceLine): string {
  return d.plane === undefined ? d.name : `${d.name}, plane ${d.plane}`;
}
