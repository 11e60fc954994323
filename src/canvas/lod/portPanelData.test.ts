import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../../domain/engine/analyzeDesign.ts';
import { sampleDesign } from '../../store/testing/sampleDesign.ts';
import { flowElementsOf } from '../flowElementsOf.ts';
import { portDetailAt, PORTS_FROM } from './levelOfDetail.ts';
import { portPanelData } from './portPanelData.ts';

describe('the port panel of a node', () => {
  const design = sampleDesign();
  const analysis = analyzeDesign(design);
  const leaf = design.nodes.find((n) => n.id === 'leaf-1')!;
  const devices = leaf.kind === 'switch' ? leaf.quantity : 0;

  it('shows the cages each link group takes on the busiest leaf and the cages wanted past the group', () => {
    const data = portPanelData(design, analysis, 'leaf-1')!;
    expect(data.heading).toBe(`Ports per switch, busiest of ${devices}`);
    // every group spreads evenly over the leaves: count / devices ends per leaf, packed per module
    const expected = design.links.map((l) => {
      const verdict = analysis.linkById.get(l.id)!;
      const fit = l.a === 'leaf-1' ? verdict.endA! : verdict.endB!;
      const peer = design.nodes.find((n) => n.id === (l.a === 'leaf-1' ? l.b : l.a))!.name;
      const ports = l.count / devices;
      return { cages: Math.ceil(ports / fit.linksPerModule), ports, peer, fit };
    });
    const fabric = data.bars[0]!;
    const inUse = expected.reduce((sum, e) => sum + e.cages, 0);
    const cages = expected[0]!.fit.portGroup.cages;
    expect(fabric.title).toBe(`${expected[0]!.fit.portGroup.purpose} · ${cages} × ${expected[0]!.fit.portGroup.formFactor}`);
    expect(fabric.segments.map((s) => s.label)).toEqual(expected.map((e) => `${e.cages} ${e.peer}${e.ports === e.cages ? '' : ` (${e.ports} ports)`}`));
    expect([fabric.inUse, fabric.free, fabric.over]).toEqual([inUse, Math.max(0, cages - inUse), Math.max(0, inUse - cages)]);
    expect(fabric.segments[0]!.detail).toMatch(/: 64 ports in 32 cages, 2 per module$/);
  });

  it('lists port groups no link group uses in one line, and keeps the same object while nothing changed', () => {
    const data = portPanelData(design, analysis, 'gpu-1')!;
    const unused = analysis.catalog.devices['dgx-h100']!.portGroups.slice(1);
    expect(data.idle).toBe(`Free: ${unused.map((g) => `${g.cages} × ${g.formFactor} ${g.purpose}`).join(' · ')}`);
    const renamed = { ...design, nodes: design.nodes.map((n) => (n.id === 'spine-1' ? { ...n, name: 'Spine North' } : n)) };
    expect(portPanelData(renamed, analyzeDesign(renamed), 'gpu-1')).toBe(data);
    expect(portPanelData(renamed, analyzeDesign(renamed), 'leaf-1')!.bars[0]!.segments.at(-1)!.label).toMatch(/ Spine North$/);
  });

  it('has no heading for a single device: its card says whose ports they are', () => {
    const single = { ...design, nodes: design.nodes.map((n) => (n.id === 'spine-1' && n.kind === 'switch' ? { ...n, quantity: 1 } : n)) };
    expect(portPanelData(design, analysis, 'spine-1')!.heading).toBe('Ports per switch, busiest of 2');
    expect(portPanelData(single, analyzeDesign(single), 'spine-1')!.heading).toBeNull();
  });

  it('is null for a container or a network rack', () => {
    expect(portPanelData(design, analysis, 'hall-a1')).toBeNull();
    expect(portPanelData(design, analysis, 'net-1')).toBeNull();
  });
});

describe('which nodes show their ports', () => {
  const { rects } = flowElementsOf(sampleDesign());
  const candidates = new Map([...rects].filter(([id]) => ['gpu-1', 'gpu-2', 'leaf-1', 'spine-1'].includes(id)));
  const around = (id: string) => {
    const r = rects.get(id)!;
    return { x: r.x - 10, y: r.y - 10, width: r.width + 20, height: r.height + 20 };
  };

  it('none below the port level, only those on screen at it', () => {
    expect(portDetailAt(candidates, PORTS_FROM - 0.01, around('gpu-1')).size).toBe(0);
    expect([...portDetailAt(candidates, PORTS_FROM, around('gpu-1'))]).toEqual(['gpu-1']);
    expect([...portDetailAt(candidates, 2, around('spine-1'))]).toEqual(['spine-1']);
  });
});
