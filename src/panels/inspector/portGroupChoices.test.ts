import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../../domain/catalog/catalog.ts';
import { portGroupChoices } from './portGroupChoices.ts';

describe('portGroupChoices', () => {
  it('offers the DGX H100 groups that host a 400G SR4: compute OSFP and storage QSFP112', () => {
    expect(portGroupChoices(BUILTIN_CATALOG, 'dgx-h100', '400g-ndr-sr4', undefined)?.choices.map((c) => c.value)).toEqual(['', 'compute', 'storage+inband']);
  });

  it('offers nothing where only one group hosts the optic, unless the link names one', () => {
    expect(portGroupChoices(BUILTIN_CATALOG, 'qm9700', '400g-ndr-sr4', undefined)).toBeNull();
    // a group that cannot host the optic stays in the list, so the finding's cause can be seen and changed
    expect(portGroupChoices(BUILTIN_CATALOG, 'dgx-h100', '400g-ndr-sr4', 'oob-mgmt')?.choices.at(-1)).toEqual({ value: 'oob-mgmt', label: 'oob-mgmt (does not fit)' });
  });
});
