import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../engine/analyzeDesign.ts';
import type { DesignNode, LinkGroup } from '../model/design.ts';
import { building, design, gpuRacks, hall, linkGroup, switches } from '../testing/designBuilder.ts';
import { EXPANSION_CAPS } from './expansionCaps.ts';
import { parseDesign } from './parseDesign.ts';
import { serializeDesign } from './serializeDesign.ts';

const site = [building('b'), hall('h', 'b')];

function refusal(text: string) {
  const r = parseDesign(text);
  return r.ok ? null : r.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('expansion caps', () => {
  it('refuses the 2.5 KB runaway of issue 8 (100,000 racks × 256 servers, a million links) naming figure and cap', () => {
    const runaway = design(
      [...site, gpuRacks('r', 'h', { row: 0, slot: 0 }, 'dgx-h100', 256, 100_000), switches('s', 'h', 'qm9700', 'leaf', 1, { row: 1, slot: 0 })],
      [linkGroup('l', 'r', 's', 1_000_000, '400g-dr4')],
    );
    expect(refusal(serializeDesign(runaway))).toEqual([
      '$: the design expands to 25,600,000 servers; the cap is 2,000,000',
      '$: the design expands to 25,600,001 devices (servers and switches); the cap is 2,500,000',
    ]);
  });

  /** `racks` racks of `perRack` servers and one leaf, joined by `n` groups of `count` links. */
  const fanIn = (racks: number, perRack: number, n: number, count: number, optic: string, extra = {}) =>
    serializeDesign(design(
      [...site, gpuRacks('r', 'h', { row: 0, slot: 0 }, 'dgx-h100', perRack, racks), switches('s', 'h', 'qm9700', 'leaf', 1, { row: 1, slot: 0 })],
      Array.from({ length: n }, (_, i) => linkGroup(`l${i}`, 'r', 's', count, optic, extra)),
    ));

  it.each([
    // a 1-to-4 breakout: 11 million links on 2.75 million cables
    ['links', fanIn(100, 4, 11, 1_000_000, '400g-dr4', { opticB: '100g-dr' }), '11,000,000 links; the cap is 10,000,000'],
    // 800G 2xDR4 needs two MPO-12 cords per link
    ['cables', fanIn(100, 4, 6, 1_000_000, '800g-2xdr4'), '12,000,000 cables (patch cords and trunks); the cap is 10,000,000'],
    ['device ends', fanIn(1000, 256, 196, 1, '400g-dr4'), '50,176,196 device ends of link groups (each group counts the devices at both its ends); the cap is 50,000,000'],
    // 100,000 racks at one end: nearly every cable joins a different pair of racks
    ['runs', fanIn(100_000, 4, 6, 300_000, '400g-dr4'), '600,000 cable runs between different pairs of racks, each measured on its own; the cap is 500,000'],
  ])('refuses a small file that expands past the %s cap', (_, text, message) => {
    expect(text.length).toBeLessThan(100_000);
    expect(refusal(text)).toEqual([`$: the design expands to ${message}`]);
  });

  // a million GPUs analysed: 31 s on the shared 2-core box at a load of 30, so three times the usual minute
  it('opens and analyzes a 1M-GPU design: 1,024 SUs of 128 DGX H100, 8 rails to leaves, leaves to spines', () => {
    const nodes: DesignNode[] = [...site];
    const links: LinkGroup[] = [];
    for (let su = 0; su < 1024; su++) {
      nodes.push(gpuRacks(`su${su}`, 'h', { row: su, slot: 0 }, 'dgx-h100', 4, 32), switches(`leaf${su}`, 'h', 'qm9700', 'leaf', 8, { row: su, slot: 40 }));
      links.push(linkGroup(`c${su}`, `su${su}`, `leaf${su}`, 1024, '400g-dr4'), linkGroup(`u${su}`, `leaf${su}`, 'spine', 1024, '400g-dr4'));
    }
    nodes.push(switches('spine', 'h', 'qm9700', 'spine', 2048, { row: 1100, slot: 0 }));
    const text = serializeDesign(design(nodes, links));
    const r = parseDesign(text);
    expect(r.ok ? [] : r.problems).toEqual([]);
    if (!r.ok) return;
    const { summary } = analyzeDesign(r.design);
    expect(summary.gpus).toBe(1_048_576);
    expect(summary.links).toBe(2 * 1024 * 1024);
    expect(summary.links).toBeLessThan(EXPANSION_CAPS.links);
  }, 180_000);
});
