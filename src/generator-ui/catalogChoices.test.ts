import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../domain/catalog/catalog.ts';
import { fitEnd } from '../domain/engine/endFit.ts';
import { devicesOfKind, opticsBetween } from './catalogChoices.ts';

describe('catalog choices in the Generate fabric dialog', () => {
  it('offers GPU servers and switches by kind', () => {
    expect(devicesOfKind(BUILTIN_CATALOG, 'gpu-server').map((d) => d.id)).toContain('dgx-h100');
    expect(devicesOfKind(BUILTIN_CATALOG, 'switch').map((d) => d.id)).toContain('qm9700');
    expect(devicesOfKind(BUILTIN_CATALOG, 'switch').map((d) => d.id)).not.toContain('dgx-h100');
  });

  it('offers only optics at the server rate that both ends can host', () => {
    const ends = ['dgx-h100', 'qm9700'] as const;
    const offered = opticsBetween(BUILTIN_CATALOG, 'dgx-h100', 1, ends).map((o) => o.id);
    expect(offered).toContain('400g-dr4');
    for (const id of offered) {
      expect(BUILTIN_CATALOG.optics[id]!.rateGbps).toBe(400);
      for (const model of ends) expect(fitEnd(BUILTIN_CATALOG, model, id).ok).toBe(true);
    }
    // the switch-to-switch tiers can use optics the DGX's flat-top cages cannot take
    expect(opticsBetween(BUILTIN_CATALOG, 'dgx-h100', 1, ['qm9700', 'qm9700']).length).toBeGreaterThan(offered.length);
    expect(opticsBetween(BUILTIN_CATALOG, 'no-such-server', 1, ends)).toEqual([]);
  });
});
