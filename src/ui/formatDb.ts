/** Optical power and loss as the commissioning sheet and the inspector print them. */
import type { RxStatus } from '../domain/engine/rxWindow.ts';

export function formatDbValue(x: number | null): string {
  return x === null ? 'not published' : x.toFixed(1).replace('-', '−');
}

/** "−4.5 … 3.8"; "not published" where either end is missing. */
export function formatDbRange(min: number | null, max: number | null, separator = ' … '): string {
  if (min === null && max === null) return 'not published';
  return `${formatDbValue(min)}${separator}${formatDbValue(max)}`;
}

export const RX_STATUS_TEXT: Record<RxStatus, string> = {
  ok: 'OK',
  'near-threshold': 'Near DOM warning',
  'below-sensitivity': 'Below sensitivity',
  overload: 'Overload: attenuate',
  'not-published': 'Not published',
};
