import type { CatalogAdditions } from '../model/design.ts';
import { DEVICE_MODELS } from './devices.ts';
import { MODULES } from './modules.ts';
import { OPTICS } from './optics.ts';
import type { DeviceModelSpec, ModuleSpec, OpticSpec } from './types.ts';
import { ownTable } from '../ownTable.ts';

/** The tables the engine reads: built-in entries plus a design's own additions; null-prototype records (see ownTable). */
export interface Catalog {
  readonly optics: Readonly<Record<string, OpticSpec>>;
  readonly modules: Readonly<Record<string, ModuleSpec>>;
  readonly devices: Readonly<Record<string, DeviceModelSpec>>;
}

export const BUILTIN_CATALOG: Catalog = {
  optics: ownTable(OPTICS),
  modules: ownTable(MODULES),
  devices: ownTable(DEVICE_MODELS),
};

const withAdditions = new WeakMap<CatalogAdditions, Catalog>();

/**
 * The built-in catalog with a design's additions on top (a design may not redefine built-ins); one
 * catalog object per additions object, so the engine's per-link results stay valid across edits.
 */
export function catalogWith(additions: CatalogAdditions): Catalog {
  if (!additions.optics && !additions.modules && !additions.devices) return BUILTIN_CATALOG;
  let catalog = withAdditions.get(additions);
  if (!catalog) {
    catalog = { optics: ownTable(additions.optics, OPTICS), modules: ownTable(additions.modules, MODULES), devices: ownTable(additions.devices, DEVICE_MODELS) };
    withAdditions.set(additions, catalog);
  }
  return catalog;
}
