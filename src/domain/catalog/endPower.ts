import { assertNever } from '../assertNever.ts';
import type { ModuleSpec } from './types.ts';

/**
 * Watts one module adds at a link end, beyond the device's own figure: a transceiver or an active
 * cable end at its published power (null where none is published); a co-packaged port nothing, since
 * its optical engine is part of the switch and draws within the switch's power.
 */
export function addedPowerW(module: ModuleSpec): number | null {
  switch (module.kind) {
    case 'transceiver':
    case 'cable-end':
      return module.powerW;
    case 'co-packaged':
      return 0;
    default:
      return assertNever(module.kind);
  }
}
