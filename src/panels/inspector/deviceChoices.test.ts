import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../../domain/catalog/catalog.ts';
import { defaultServerModel, deviceChoices } from './deviceChoices.ts';

describe('deviceChoices', () => {
  it('lists only models of the kind asked for, by name', () => {
    const switches = deviceChoices(BUILTIN_CATALOG, 'switch', 'sn5600');
    expect(switches.every((c) => BUILTIN_CATALOG.devices[c.value]?.kind === 'switch')).toBe(true);
    expect(switches.map((c) => c.label)).toEqual([...switches.map((c) => c.label)].sort((x, y) => x.localeCompare(y)));
  });

  it('keeps a model the catalog does not know, so the select shows what the file says', () => {
    expect(deviceChoices(BUILTIN_CATALOG, 'switch', 'my-switch')[0]).toEqual({ value: 'my-switch', label: 'my-switch (not in the catalog)' });
  });

  it('turns a network rack into a rack of DGX H100 servers', () => {
    expect(defaultServerModel(BUILTIN_CATALOG)).toBe('dgx-h100');
  });
});
