/** The catalog entries the dialog offers: GPU servers, switches, and the optics that run at the fabric's rate. */
import type { Catalog } from '../domain/catalog/catalog.ts';
import type { DeviceKind } from '../domain/catalog/types.ts';
import { fitEnd } from '../domain/engine/endFit.ts';
import { fabricRate } from '../domain/generator/portCounts.ts';

export interface Choice {
  readonly id: string;
  readonly name: string;
}

/** Devices of one kind in catalog order (which groups them by family). */
export function devicesOfKind(catalog: Catalog, kind: DeviceKind): Choice[] {
  return Object.entries(catalog.devices)
    .filter(([, d]) => d.kind === kind)
    .map(([id, d]) => ({ id, name: d.name }));
}

/**
 * Optics a tier can be fixed to: at the fabric's rate (the server's compute-port rate split over the
 * planes; the generator accepts no other) and with a module that fits the cages at both ends; none
 * for an unknown server or a split its ports do not run.
 */
export function opticsBetween(catalog: Catalog, serverModel: string, planes: number, ends: readonly [string, string]): Choice[] {
  const rate = fabricRate(catalog, serverModel, planes);
  if (!rate.ok) return [];
  return Object.entries(catalog.optics)
    .filter(([id, o]) => o.rateGbps === rate.rateGbps && ends.every((model) => fitEnd(catalog, model, id).ok))
    .map(([id, o]) => ({ id, name: o.name }));
}
