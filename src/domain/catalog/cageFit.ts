import type { FormFactor, Heatsink, ModuleSpec } from './types.ts';

/**
 * Which module form factors physically fit each cage. QSFP-DD, QSFP112 and QSFP-DD800 cages take
 * the older QSFP generations; OSFP224 takes OSFP; OSFP and QSFP never mix (optics.md section 3). A
 * co-packaged port takes only its own switch's optical engine.
 */
export const CAGE_ACCEPTS: Readonly<Record<FormFactor, readonly FormFactor[]>> = {
  OSFP: ['OSFP'],
  OSFP224: ['OSFP224', 'OSFP'],
  'QSFP-DD': ['QSFP-DD', 'QSFP56', 'QSFP28'],
  'QSFP-DD800': ['QSFP-DD800', 'QSFP-DD', 'QSFP56', 'QSFP28'],
  QSFP112: ['QSFP112', 'QSFP56', 'QSFP28'],
  QSFP56: ['QSFP56', 'QSFP28'],
  QSFP28: ['QSFP28'],
  SFP112: ['SFP112', 'SFP28'],
  SFP28: ['SFP28'],
  RJ45: ['RJ45'],
  CPO: ['CPO'],
};

/** A module fits a cage when the cage accepts its form factor and, if both state one, the tops match. */
export function moduleFitsCage(
  module: ModuleSpec,
  cage: { formFactor: FormFactor; heatsink?: Heatsink },
): boolean {
  if (!CAGE_ACCEPTS[cage.formFactor].includes(module.formFactor)) return false;
  if (module.heatsink !== undefined && cage.heatsink !== undefined) {
    return module.heatsink === cage.heatsink;
  }
  return true;
}
