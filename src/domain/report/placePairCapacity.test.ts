import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../engine/analyzeDesign.ts';
import { parseDesign } from '../format/parseDesign.ts';
import type { Design } from '../model/design.ts';
import { placePairCapacity } from './placePairCapacity.ts';

function example(name: string): Design {
  const parsed = parseDesign(readFileSync(`public/examples/${name}.fabric.json`, 'utf8'));
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.design;
}

const capacity = (d: Design) => placePairCapacity(d, analyzeDesign(d));

describe('capacity between halls and buildings', () => {
  it('faults: two groups cross between the halls over one MPO trunk, and one of them fails', () => {
    const { halls, buildings } = capacity(example('faults'));
    expect(buildings).toEqual([]);
    // 16 x 400G-DR4 (12 MPO positions each) + 40 x 400G-FR4 (2 LC fibers each) = 272 fibers;
    // with 20 % spares 326.4, so the 432-fiber standard count
    expect(halls).toEqual([
      {
        a: 'hall-1',
        b: 'hall-2',
        between: ['Hall 1', 'Hall 2 (far wing)'],
        buildings: null,
        linkGroups: 2,
        links: 56,
        cables: 56,
        capacityGbps: 56 * 400,
        trunks: [{ type: 'mpo', fiber: 'OS2', fibers: 432, count: 1 }],
        usedFibers: 272,
        provisionedFibers: 432,
        status: 'error',
      },
    ]);
  });

  it('the spare share comes from the settings: without spares 272 fibers fit a 288-fiber trunk', () => {
    const d = example('faults');
    const [pair] = capacity({ ...d, settings: { ...d.settings, spareFiberPercent: 0 } }).halls;
    expect(pair).toMatchObject({ usedFibers: 272, provisionedFibers: 288, trunks: [{ type: 'mpo', fibers: 288, count: 1 }] });
  });

  it('two buildings: the outside-plant trunk counts between the buildings; the halls say which buildings carry them', () => {
    const { halls, buildings } = capacity(example('two-building-lr4'));
    // 64 x 400G-LR4-10 (2 lit strands each) = 128 fibers; with 20 % spares 153.6, so 288
    expect(buildings).toEqual([
      expect.objectContaining({
        between: ['Building A', 'Building B'],
        linkGroups: 2,
        links: 64,
        capacityGbps: 64 * 400,
        trunks: [{ type: 'osp', fiber: 'OS2', fibers: 288, count: 1 }],
        usedFibers: 128,
        provisionedFibers: 288,
        status: 'ok',
      }),
    ]);
    expect(halls).toEqual([
      expect.objectContaining({ between: ['Hall A1', 'Hall B1'], buildings: ['Building A', 'Building B'], linkGroups: 2, links: 64, trunks: [], status: 'ok' }),
    ]);
  });

  it('a design in one hall has no pairs', () => {
    expect(capacity(example('dgx-h100-su'))).toEqual({ halls: [], buildings: [] });
  });
});
