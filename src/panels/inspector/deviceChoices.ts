/** Catalog models a node can hold, by device kind, as select choices; an unknown current model stays listed. */
import type { Catalog } from '../../domain/catalog/catalog.ts';
import type { DeviceKind } from '../../domain/catalog/types.ts';
import type { Choice } from './fields/SelectField.tsx';

export function deviceChoices(catalog: Catalog, kind: DeviceKind, current: string | undefined): Choice[] {
  const choices = Object.entries(catalog.devices)
    .filter(([, d]) => d.kind === kind)
    .map(([id, d]) => ({ value: id, label: d.name }))
    .sort((x, y) => x.label.localeCompare(y.label));
  if (current && !choices.some((c) => c.value === current)) choices.unshift({ value: current, label: `${current} (not in the catalog)` });
  return choices;
}

/** The server model a network rack gets when it becomes a GPU rack: the example, else the first one. */
export function defaultServerModel(catalog: Catalog): string | undefined {
  if (catalog.devices['dgx-h100']) return 'dgx-h100';
  return Object.entries(catalog.devices).find(([, d]) => d.kind === 'gpu-server')?.[0];
}

/** The appliance model a rack gets when it becomes a management rack: the first one in the catalog. */
export function defaultApplianceModel(catalog: Catalog): string | undefined {
  return Object.entries(catalog.devices).find(([, d]) => d.kind === 'appliance')?.[0];
}
