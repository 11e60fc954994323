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

/** Module power, honest about parts with no published figure: "at least 1,200 W; 8 modules of 2 parts have no published figure". */
export function formatModulePower(power: { readonly modules: number; readonly modulesUnpublished: number; readonly modulePartsUnpublished: number }): string {
  if (power.modulesUnpublished === 0) return formatWatts(power.modules);
  return `at least ${formatWatts(power.modules)}; ${unpublishedModules(power)} have no published figure`;
}

function unpublishedModules(power: { readonly modulesUnpublished: number; readonly modulePartsUnpublished: number }): string {
  return `${plural(power.modulesUnpublished, 'module')} of ${plural(power.modulePartsUnpublished, 'part')}`;
}
