import { describe, expect, it } from 'vitest';
import { building, design, gpuRacks, hall, linkGroup, networkRack, switches } from '../testing/designBuilder.ts';
import { analyzeDesign } from './analyzeDesign.ts';

/** A 25.6T twin-port OSFP leaf pair, a DGX H100 rack group and a spine, in one hall. */
function fabric(links: Parameters<typeof design>[1]) {
  return design(
    [
      building('b1'),
      hall('h1', 'b1'),
      gpuRacks('gpu', 'h1', { row: 0, slot: 0 }, 'dgx-h100', 4, 2),
      networkRack('net', 'h1', { row: 1, slot: 0 }),
      switches('leaf', 'net', 'sn5600', 'leaf', 2),
      switches('spine', 'h1', 'sn5600', 'spine', 1, { row: 2, slot: 0 }),
      switches('tor', 'h1', 'generic-25t6-64x400g-qsfpdd', 'leaf', 1, { row: 3, slot: 0 }),
    ],
    links,
  );
}

describe('port use per node', () => {
  it('splits a port group by link group on the busiest device, twin-port modules shared in group order', () => {
    // 5 links round robin over 2 leaves: 3 on the first; 3 more from a second group: 6 ports in 3 twin-port cages
    const a = analyzeDesign(fabric([linkGroup('up', 'spine', 'leaf', 5, '400g-dr4'), linkGroup('up2', 'spine', 'leaf', 6, '400g-dr4')]));
    const leaf = a.portUse('leaf')!;
    expect(leaf.devices).toBe(2);
    const fabricPorts = leaf.groups.find((g) => g.portGroup.purpose === 'fabric')!;
    expect(fabricPorts.uses.map((u) => [u.linkId, u.ports, u.cages, u.linksPerModule])).toEqual([
      ['up', 3, 2, 2],
      ['up2', 3, 1, 2],
    ]);
    expect(fabricPorts.cagesInUse).toBe(3);
    expect(fabricPorts.cagesFree).toBe(fabricPorts.portGroup.cages - 3);
    // the spine is one device: every end lands on it (block spread of 5 + 6)
    expect(a.portUse('spine')!.groups[0]!.uses.map((u) => u.ports)).toEqual([5, 6]);
  });

  it('lists every port group of the model, unused ones free', () => {
    const a = analyzeDesign(fabric([linkGroup('g', 'gpu', 'leaf', 16, '400g-dr4')]));
    const gpu = a.portUse('gpu')!;
    // 2 racks × 4 DGX H100: 16 links over 8 servers, 2 each, in one twin-port OSFP cage of 4
    expect(gpu.devices).toBe(8);
    expect(gpu.groups.map((g) => g.portGroup.purpose)).toEqual(a.catalog.devices['dgx-h100']!.portGroups.map((g) => g.purpose));
    const compute = gpu.groups[0]!;
    expect([compute.cagesInUse, compute.cagesFree]).toEqual([1, compute.portGroup.cages - 1]);
    expect(gpu.groups.slice(1).every((g) => g.uses.length === 0 && g.cagesFree === g.portGroup.cages)).toBe(true);
  });

  it('names a breakout at its parent end, and counts exhausted cages past the group size', () => {
    // 400G-DR4 broken out to 4 × 100G-DR: 64 child links take 16 parent ports on the QSFP-DD switch
    const a = analyzeDesign(fabric([linkGroup('bo', 'tor', 'spine', 64, '400g-dr4', { opticB: '100g-dr' })]));
    const [use] = a.portUse('tor')!.groups[0]!.uses;
    expect(use).toMatchObject({ linkId: 'bo', end: 'a', ports: 16, breakout: 4 });

    const over = analyzeDesign(fabric([linkGroup('many', 'spine', 'tor', 80, '400g-dr4')]));
    const tor = over.portUse('tor')!.groups[0]!;
    expect([tor.cagesInUse, tor.cagesFree]).toEqual([80, 0]);
    expect(over.findings.some((f) => f.code === 'ports-exhausted' && f.nodeId === 'tor')).toBe(true);
  });

  it('agrees with the port check on every node, and is kept while the node is unchanged', () => {
    const d = fabric([linkGroup('g', 'gpu', 'leaf', 16, '400g-dr4'), linkGroup('up', 'leaf', 'spine', 8, '400g-dr4')]);
    const a = analyzeDesign(d);
    for (const id of ['gpu', 'leaf', 'spine', 'tor']) {
      for (const g of a.portUse(id)!.groups) expect(g.cagesInUse).toBe(a.cagesInUse(id, g.portGroupIndex));
    }
    expect(a.portUse('b1')).toBeNull();
    const edited = analyzeDesign({ ...d, links: [d.links[0]!, { ...d.links[1]!, count: 4 }] });
    expect(edited.portUse('tor')).toBe(a.portUse('tor'));
    expect(edited.portUse('leaf')).not.toBe(a.portUse('leaf'));
  });
});
