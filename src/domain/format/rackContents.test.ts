/** Rack kinds and what they hold: GPU racks GPU servers, management racks appliances, switches never as contents. */
import { describe, expect, it } from 'vitest';
import type { RackKind } from '../model/design.ts';
import { building, design, gpuRacks, hall } from '../testing/designBuilder.ts';
import { parseDesign } from './parseDesign.ts';
import { serializeDesign } from './serializeDesign.ts';

const withRack = (rackKind: RackKind, model: string) =>
  serializeDesign(design([building('b'), hall('h', 'b'), { ...gpuRacks('r', 'h', { row: 0, slot: 0 }, model, 4), rackKind }], []));
const problems = (text: string) => {
  const r = parseDesign(text);
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('rack contents by rack kind', () => {
  it('a management rack of UFM appliances reads back as written', () => {
    const text = withRack('management', 'ufm-appliance-3.1');
    const r = parseDesign(text);
    expect(r.ok && r.design.nodes[2]).toMatchObject({ rackKind: 'management', contents: { model: 'ufm-appliance-3.1', perRack: 4 } });
  });

  it('an appliance outside a management rack, and a GPU server in one, are refused with the fix', () => {
    expect(problems(withRack('gpu', 'ufm-appliance-3.1'))).toEqual(['$.nodes[2].contents.model: "ufm-appliance-3.1" is an appliance; it stands in a management rack (rackKind "management")']);
    expect(problems(withRack('management', 'dgx-h100'))).toEqual(['$.nodes[2].contents.model: "dgx-h100" is a GPU server; a management rack holds appliances (use rackKind "gpu")']);
  });
});
