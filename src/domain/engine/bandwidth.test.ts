/**
 * Oversubscription compares a switch's server-facing downlinks with its uplinks; links to UFM
 * appliances and management switches are neither, and are reported apart (`managementGbps`).
 */
import { describe, expect, it } from 'vitest';
import { removeLinks } from '../edit/designEdits.ts';
import { generateFabric } from '../generator/generateFabric.ts';
import type { Design, RackNode } from '../model/design.ts';
import { building, design, gpuRacks, hall, linkGroup, switches } from '../testing/designBuilder.ts';
import { analyzeDesign } from './analyzeDesign.ts';

const ufmRack = (id: string, parent: string, perRack: number): RackNode => ({
  id,
  kind: 'rack',
  parent,
  name: id,
  rackKind: 'management',
  floor: { row: 3, slot: 0 },
  contents: { model: 'ufm-appliance-3.1', perRack },
  quantity: 1,
});

/** 8 DGX H100 (64 × 400G) on 2 leaves with 64 × 400G up to 2 spines: 1:1, plus what the test adds. */
function smallFabric(extraNodes: Design['nodes'], extraLinks: Design['links']): Design {
  return design(
    [
      building('b1'), hall('h1', 'b1'),
      gpuRacks('gpu', 'h1', { row: 0, slot: 0 }, 'dgx-h100', 4, 2),
      switches('leaf', 'h1', 'qm9700', 'leaf', 2, { row: 2, slot: 0 }),
      switches('spine', 'h1', 'qm9700', 'spine', 2, { row: 2, slot: 2 }),
      ...extraNodes,
    ],
    [linkGroup('down', 'gpu', 'leaf', 64, '400g-ndr-sr4'), linkGroup('up', 'leaf', 'spine', 64, '400g-ndr-sr4'), ...extraLinks],
  );
}

const loadOf = (d: Design, nodeId: string) => analyzeDesign(d).bandwidth.switches.find((s) => s.nodeId === nodeId);

describe('management links in the capacity per switch', () => {
  it('two UFM links on a 1:1 leaf pair stay 1:1, reported as 400 Gb/s of management per leaf', () => {
    const d = smallFabric([ufmRack('ufm', 'h1', 2)], [linkGroup('ufm-leaf', 'ufm', 'leaf', 2, '400g-ndr-sr4')]);
    const a = analyzeDesign(d);
    // 32 × 400G down and 32 × 400G up per leaf; the UFM link (1 per leaf) is neither
    expect(a.bandwidth.switches.find((s) => s.nodeId === 'leaf')).toEqual({ nodeId: 'leaf', devices: 2, downGbps: 12800, upGbps: 12800, managementGbps: 400, ratio: 1 });
    expect(a.findings.filter((f) => f.code === 'oversubscribed')).toEqual([]);
    // the tier table still lists the appliances' links
    expect(a.bandwidth.tiers.map((t) => [t.lower, t.upper, t.links])).toEqual([['appliance', 'leaf', 2], ['server', 'leaf', 64], ['leaf', 'spine', 64]]);
  });

  it('a management switch on a spine is management, not a spine downlink', () => {
    const d = smallFabric([switches('oob', 'h1', 'qm9700', 'management', 1, { row: 4, slot: 0 })], [linkGroup('oob-spine', 'oob', 'spine', 2, '400g-ndr-sr4')]);
    expect(loadOf(d, 'spine')).toMatchObject({ downGbps: 12800, managementGbps: 400, ratio: null });
    expect(loadOf(d, 'oob')).toMatchObject({ downGbps: 0, upGbps: 0, managementGbps: 800, ratio: null });
  });

  it('compute downlinks over the uplinks still count: 3 more servers per leaf make 35:32', () => {
    const d = smallFabric([ufmRack('ufm', 'h1', 2), gpuRacks('more', 'h1', { row: 0, slot: 4 }, 'dgx-h100', 6, 1)], [
      linkGroup('ufm-leaf', 'ufm', 'leaf', 2, '400g-ndr-sr4'),
      linkGroup('more-leaf', 'more', 'leaf', 6, '400g-ndr-sr4'),
    ]);
    const leaf = loadOf(d, 'leaf')!;
    expect([leaf.downGbps, leaf.upGbps, leaf.managementGbps, leaf.ratio]).toEqual([35 * 400, 32 * 400, 400, 35 / 32]);
  });

  it('an edit that removes the UFM links takes their management share back', () => {
    const d = smallFabric([ufmRack('ufm', 'h1', 2)], [linkGroup('ufm-leaf', 'ufm', 'leaf', 2, '400g-ndr-sr4')]);
    analyzeDesign(d);
    const edited = removeLinks(d, ['ufm-leaf']);
    expect(loadOf(edited, 'leaf')).toMatchObject({ downGbps: 12800, managementGbps: 0, ratio: 1 });
  });

  it('fabric generate --reserved-leaf-ports 2 with full SUs: 4 SUs of 31 DGX H100 and 4 UFM links are 1:1 at every leaf (was 1.02:1 on SU 4)', () => {
    const r = generateFabric({ template: 'rail-optimized', servers: 124, serverModel: 'dgx-h100', switchModel: 'qm9700', reservedLeafPorts: 2 });
    if (!r.ok) throw new Error(r.problems.join('\n'));
    expect([r.counts.sus, r.counts.leaves, r.counts.spines]).toEqual([4, 32, 31]);
    const a = analyzeDesign(r.design);
    const leaves = a.bandwidth.switches.filter((s) => s.nodeId.endsWith('-leaf'));
    // 31 × 400G down and 31 × 400G up per leaf; SU 4's 8 leaves share the 4 UFM links
    expect(leaves.map((s) => [s.nodeId, s.downGbps, s.upGbps, s.managementGbps, s.ratio])).toEqual([
      ['su1-leaf', 12400, 12400, 0, 1],
      ['su2-leaf', 12400, 12400, 0, 1],
      ['su3-leaf', 12400, 12400, 0, 1],
      ['su4-leaf', 12400, 12400, (4 * 400) / 8, 1],
    ]);
    expect(a.findings.map((f) => f.message)).toEqual([]);
  });
});
