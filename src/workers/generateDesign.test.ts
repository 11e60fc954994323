import { describe, expect, it } from 'vitest';
import { generateFabric } from '../domain/generator/generateFabric.ts';
import type { FabricParams } from '../domain/generator/params.ts';
import { serializeDesign } from '../domain/format/serializeDesign.ts';
import { generateDesign } from './generateDesign.ts';

const superpod: FabricParams = { template: 'rail-optimized', servers: 127, serverModel: 'dgx-h100', switchModel: 'qm9700' };

describe('generateDesign (the generate worker)', () => {
  it('gives the design the generator makes, byte for byte once saved, across the copy a message makes', () => {
    const onPage = generateFabric(superpod);
    const result = structuredClone(generateDesign(superpod));
    expect(result.ok && onPage.ok && serializeDesign(result.design)).toBe(onPage.ok && serializeDesign(onPage.design));
    expect(result.ok && result.design.links.length).toBeGreaterThan(0);
  });

  it('passes the generator’s refusal on as it is', () => {
    const tooBig: FabricParams = { ...superpod, servers: 512, tiers: 2 };
    const refused = generateFabric(tooBig);
    expect(refused.ok).toBe(false);
    expect(generateDesign(tooBig)).toEqual({ ok: false, problems: refused.ok ? [] : refused.problems });
  });
});
