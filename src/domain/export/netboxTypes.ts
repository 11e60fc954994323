/**
 * NetBox choice values (dcim/choices.py: CableTypeChoices, InterfaceTypeChoices) for what the
 * catalog describes. Values not listed here fall back to NetBox's generic `other`.
 */
import type { FiberGrade, FormFactor, OpticMedium } from '../catalog/types.ts';

export const NETBOX_CABLE_TYPES = ['smf', 'smf-os1', 'smf-os2', 'mmf', 'mmf-om3', 'mmf-om4', 'mmf-om5', 'dac-passive', 'dac-active', 'aoc'] as const;
type NetboxCableType = (typeof NETBOX_CABLE_TYPES)[number];

const FIBER_CABLE: Record<FiberGrade, NetboxCableType> = { OS2: 'smf-os2', OS1a: 'smf-os1', OM3: 'mmf-om3', OM4: 'mmf-om4', OM5: 'mmf-om5' };

/** A trunk's NetBox type from its fiber grade. */
export function netboxFiberType(fiber: FiberGrade): NetboxCableType {
  return FIBER_CABLE[fiber];
}

/** A cable's NetBox type from its optic's medium and the plant's fiber grade. */
export function netboxCableType(medium: OpticMedium, fiber: FiberGrade | null): NetboxCableType {
  switch (medium) {
    case 'copper':
      return 'dac-passive';
    case 'acc':
      return 'dac-active';
    case 'aoc':
      return 'aoc';
    case 'smf':
    case 'mmf':
      return fiber ? netboxFiberType(fiber) : medium;
  }
}

/** NetBox interface types by cage form factor and the port's rate (Gb/s). */
const INTERFACE_TYPES = new Map<FormFactor, ReadonlyMap<number, string>>([
  ['OSFP', new Map([[400, '400gbase-x-osfp'], [800, '800gbase-x-osfp']])],
  ['OSFP224', new Map([[800, '800gbase-x-osfp'], [1600, '1.6tbase-x-osfp1600']])],
  ['QSFP-DD', new Map([[100, '100gbase-x-qsfpdd'], [200, '200gbase-x-qsfpdd'], [400, '400gbase-x-qsfpdd'], [800, '800gbase-x-qsfpdd']])],
  ['QSFP-DD800', new Map([[800, '800gbase-x-qsfpdd']])],
  ['QSFP112', new Map([[400, '400gbase-x-qsfp112']])],
  ['QSFP56', new Map([[200, '200gbase-x-qsfp56']])],
  ['QSFP28', new Map([[100, '100gbase-x-qsfp28']])],
  ['SFP28', new Map([[25, '25gbase-x-sfp28']])],
  ['RJ45', new Map([[1, '1000base-t'], [10, '10gbase-t']])],
]);

export function netboxInterfaceType(formFactor: FormFactor, rateGbps: number, flatTop: boolean): string {
  const type = INTERFACE_TYPES.get(formFactor)?.get(rateGbps);
  if (!type) return 'other';
  // NetBox names the flat-top (riding heatsink) 400G OSFP separately
  return flatTop && type === '400gbase-x-osfp' ? '400gbase-x-osfp-rhs' : type;
}
