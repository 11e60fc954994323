import type { FormFactor, ModuleSpec, OpticSpec } from './types.ts';

/**
 * The electrical lane rate of each form factor's generation (Gb/s per host lane), from the lane
 * structure in shared/reference/optics.md section 3 (QSFP28 4 x 25G, QSFP56 4 x 50G, QSFP-DD 8 x 50G,
 * QSFP-DD800 8 x 100G, QSFP112 4 x 100G, OSFP 8 x 100G, OSFP224 8 x 200G). The device tables publish no
 * SerDes rate of their own, so a cage runs at its form factor's rate. Null where the reference gives none.
 */
export const FORM_FACTOR_LANE_GBPS: Readonly<Record<FormFactor, number | null>> = {
  QSFP28: 25,
  QSFP56: 50,
  'QSFP-DD': 50,
  'QSFP-DD800': 100,
  QSFP112: 100,
  OSFP: 100,
  OSFP224: 200,
  SFP112: null,
  SFP28: null,
  RJ45: null,
  CPO: null,
};

/** An optic's lane rate: its rate over its lanes (an 800GBASE-DR4 lane carries 200G, an 800G 2xDR4 lane 100G). */
export function opticLaneGbps(optic: OpticSpec): number {
  return optic.rateGbps / optic.lanes;
}

/**
 * The host lane rate a module runs an optic at: the optic's lane rate, capped by the module's form
 * factor (a 200G-lane 800GBASE-DR4 in an OSFP module meets the host on 100G lanes). Null where the
 * form factor's rate is not in the reference.
 */
export function moduleLaneGbps(module: ModuleSpec, optic: OpticSpec): number | null {
  const cap = FORM_FACTOR_LANE_GBPS[module.formFactor];
  return cap === null ? null : Math.min(opticLaneGbps(optic), cap);
}

/** A module matches a cage's lane rate, or one of the two rates is not known (then nothing is preferred). */
export function matchesCageLanes(module: ModuleSpec, optic: OpticSpec, cage: { readonly formFactor: FormFactor }): boolean {
  const cageGbps = FORM_FACTOR_LANE_GBPS[cage.formFactor];
  const moduleGbps = moduleLaneGbps(module, optic);
  return cageGbps === null || moduleGbps === null || cageGbps === moduleGbps;
}
