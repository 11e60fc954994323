import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design.ts';
import { bomCsv } from '../report/bomCsv.ts';
import { building, design, gpuRacks, hall, linkGroup, switches } from '../testing/designBuilder.ts';
import { analyzeDesign } from './analyzeDesign.ts';
import { indexNodes } from './placement.ts';

/** 8 DGX B300 (one rack of 4 twice over, 64 XDR ports) to one leaf 12 m away. */
function b300To(leafModel: string): Design {
  return design(
    [building('b1'), hall('h1', 'b1'), gpuRacks('gpu', 'h1', { row: 0, slot: 0 }, 'dgx-b300', 4, 2), switches('leaf', 'h1', leafModel, 'leaf', 1, { row: 2, slot: 0 })],
    [linkGroup('down', 'gpu', 'leaf', 64, '800g-dr4')],
  );
}

describe('co-packaged-optics switches', () => {
  it('a link to a Quantum-X Photonics port counts a module only at the far end; the switch end is a faceplate port', () => {
    const d = b300To('q3450-ld');
    const { bom, linkById } = analyzeDesign(d);
    expect(bom.modules.map((m) => [m.module, m.count, m.switchSide, m.serverSide])).toEqual([['osfp224-800g-dr4-flat', 64, 0, 64]]);
    expect(bom.coPackagedPorts).toBe(64);
    expect(bom.cableEnds).toBe(0);
    // the fiber plant still runs to the switch: 64 links of 8 strands
    expect(bom.fiber.strands).toBe(512);
    expect(linkById.get('down')?.endB?.module.kind).toBe('co-packaged');
    // the server modules publish no power; the co-packaged ports are not counted as unpublished
    expect(bom.powerW).toMatchObject({ modules: 0, modulesUnpublished: 64, modulePartsUnpublished: 1 });
    const csvRow = bomCsv(bom, indexNodes(d)).split('\n').find((r) => r.startsWith('co-packaged,'));
    expect(csvRow?.split(',').slice(0, 8)).toEqual(['co-packaged', 'switch-ports', expect.stringContaining('no module bought'), '', '', '64', '64', '']);
  });

  it('the same links to a pluggable Q3400 buy twin-port transceivers at the switch as well', () => {
    const { bom } = analyzeDesign(b300To('q3400'));
    expect(bom.modules.map((m) => [m.module, m.switchSide, m.serverSide])).toEqual([
      ['osfp224-800g-dr4-flat', 0, 64],
      ['osfp224-2x800g-dr4', 32, 0],
    ]);
    expect(bom.coPackagedPorts).toBe(0);
  });

  it('faceplate ports run out like cages: 145 links on a 144-port Q3450-LD', () => {
    const d = b300To('q3450-ld');
    const over: Design = { ...d, nodes: d.nodes.map((n) => (n.kind === 'rack' ? { ...n, quantity: 5 } : n)), links: [linkGroup('down', 'gpu', 'leaf', 145, '800g-dr4')] };
    const f = analyzeDesign(over).findings.find((x) => x.code === 'ports-exhausted');
    expect(f).toMatchObject({ cagesNeeded: 145, cages: 144 });
  });

  it('the CPO link is never a silent pass: 800G DR4 publishes no channel loss', () => {
    const a = analyzeDesign(b300To('q3450-ld'));
    expect(a.linkById.get('down')?.status).toBe('warning');
    expect(a.findings.some((f) => f.code === 'loss-unverified')).toBe(true);
  });
});
