/** How numbers read in the UI: grouped thousands, metres under a kilometre, kilometres above. */
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function formatCount(n: number): string {
  return whole.format(n);
}

export function formatLength(lengthM: number): string {
  if (lengthM >= 1000) return `${oneDecimal.format(lengthM / 1000)} km`;
  return `${(lengthM < 10 ? oneDecimal : whole).format(lengthM)} m`;
}

export function formatWatts(watts: number): string {
  return `${oneDecimal.format(watts)} W`;
}

/** "1 error", "3 errors". */
export function plural(n: number, noun: string): string {
  return `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;
}

type ModulePower = { readonly modules: number; readonly modulesUnpublished: number; readonly modulePartsUnpublished: number };

/** Module power, honest about parts with no published figure: "at least 1,200 W; 8 modules of 2 parts have no published figure". */
export function formatModulePower(power: ModulePower): string {
  const note = unpublishedPowerNote(power);
  return note ? `${formatModulePowerFloor(power)}; ${note}` : formatModulePowerFloor(power);
}

/** "1,200 W", or "at least 1,200 W" when some modules have no figure. */
export function formatModulePowerFloor(power: ModulePower): string {
  return `${power.modulesUnpublished ? 'at least ' : ''}${formatWatts(power.modules)}`;
}

/** "8 modules of 2 parts have no published figure", or null when every module has one. */
export function unpublishedPowerNote(power: ModulePower): string | null {
  if (power.modulesUnpublished === 0) return null;
  return `${plural(power.modulesUnpublished, 'module')} of ${plural(power.modulePartsUnpublished, 'part')} have no published figure`;
}
