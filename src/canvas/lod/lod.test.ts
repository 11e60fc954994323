import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../../domain/engine/analyzeDesign.ts';
import { generateFabric } from '../../domain/generator/generateFabric.ts';
import type { Design } from '../../domain/model/design.ts';
import { sampleDesign } from '../../store/testing/sampleDesign.ts';
import { flowElementsOf } from '../flowElementsOf.ts';
import { aggregateLinks } from './aggregateLinks.ts';
import { containerSummaries } from './containerSummaries.ts';
import { collapsedAt, ELEMENT_BUDGET, hallCosts, HALLS_FROM, labelScale, levelAt, RACKS_FROM, screenScale } from './levelOfDetail.ts';
import { lodElements } from './lodElements.ts';

/** The engine bench's ~100k-GPU fabric: 12,800 DGX H100 in 4 halls, 1,307 nodes, 850 link groups. */
function design100k(): Design {
  const made = generateFabric({ template: 'rail-optimized', servers: 12_800, serverModel: 'dgx-h100', switchModel: 'sn5600', tiers: 3, halls: 4 });
  if (!made.ok) throw new Error(made.problems.join('; '));
  return made.design;
}

/** What the canvas mounts for a design seen at `zoom` over `view` (flow coordinates; the whole design when omitted). */
function mounted(design: Design, zoom: number, view?: { x: number; y: number; width: number; height: number }) {
  const elements = flowElementsOf(design);
  const everything = view ?? { x: -1e9, y: -1e9, width: 2e9, height: 2e9 };
  const collapsed = collapsedAt(design, hallCosts(design, elements.rects), zoom, everything);
  return lodElements(design, analyzeDesign(design), elements, collapsed);
}

describe('levelAt and labelScale', () => {
  it('goes from buildings to halls to racks as the view zooms in', () => {
    expect(levelAt(HALLS_FROM / 2)).toBe('campus');
    expect(levelAt(HALLS_FROM)).toBe('halls');
    expect(levelAt(RACKS_FROM)).toBe('racks');
  });

  it('keeps an 11 px label at least 11 px on screen at every zoom the canvas allows', () => {
    for (let zoom = 0.05; zoom <= 2; zoom += 0.01) expect(11 * labelScale(zoom) * zoom).toBeGreaterThanOrEqual(11 - 1e-9);
  });

  it('keeps a screen-sized label between its nominal size and a quarter octave above it at every zoom, zoomed in too', () => {
    for (let zoom = 0.05; zoom <= 2; zoom += 0.01) {
      expect(13 * screenScale(zoom) * zoom).toBeGreaterThanOrEqual(13 - 1e-9);
      expect(13 * screenScale(zoom) * zoom).toBeLessThan(13 * 2 ** 0.25 + 1e-9);
    }
    expect(labelScale(2)).toBe(1);
    expect(screenScale(2)).toBe(0.5);
  });
});

describe('semantic zoom on the sample campus', () => {
  const design = sampleDesign();

  it('draws each building as one card and the link groups between them as one edge with their totals', () => {
    const { nodes, edges } = mounted(design, HALLS_FROM / 2);
    expect(nodes.map((n) => [n.id, n.type])).toEqual([
      ['bldg-b', 'summary'],
      ['bldg-a', 'summary'],
    ]);
    expect(edges).toHaveLength(1);
    const analysis = analyzeDesign(design);
    const across = analysis.linkById.get('l-up')!;
    expect(edges[0]).toMatchObject({ type: 'aggregate', source: 'bldg-a', target: 'bldg-b' });
    expect(edges[0]!.data).toMatchObject({ links: 32, capacityGbps: across.capacityGbps, status: across.status, groups: [{ id: 'l-up' }] });
  });

  it('sums what a building holds on its card', () => {
    const tally = containerSummaries(design, analyzeDesign(design)).get('bldg-a')!;
    // 8 racks of 4 DGX H100 (8 GPUs each); 2 SN5600 leaves
    expect(tally).toMatchObject({ gpus: 8 * 4 * 8, switches: 2 });
    expect(containerSummaries(design, analyzeDesign(design)).get('bldg-b')).toMatchObject({ gpus: 0, switches: 2 });
  });

  it('at hall zoom hides the links inside a hall and aggregates the ones between halls', () => {
    const collapsed = new Set(['hall-a1', 'hall-b1']);
    const linked = aggregateLinks(design, analyzeDesign(design), collapsed);
    expect(linked.inside).toBe(2);
    expect(linked.direct.size).toBe(0);
    expect(linked.aggregates.map((a) => [a.source, a.target, a.links])).toEqual([['hall-a1', 'hall-b1', 32]]);
  });

  it('shows every rack, switch and link group once zoomed in', () => {
    const { nodes, edges } = mounted(design, 1);
    expect(nodes).toHaveLength(design.nodes.length);
    expect(edges.map((e) => e.id)).toEqual(design.links.map((l) => l.id));
  });
});

describe('mounted elements of the ~100k-GPU design per level', () => {
  const design = design100k();
  const count = (m: ReturnType<typeof mounted>) => m.nodes.length + m.edges.length;

  it('is one building card at campus zoom and four hall cards joined by three aggregated edges at hall zoom', () => {
    expect(count(mounted(design, HALLS_FROM / 2))).toBe(1);
    const halls = mounted(design, (HALLS_FROM + RACKS_FROM) / 2);
    expect(halls.nodes.filter((n) => n.type === 'summary')).toHaveLength(4);
    expect(halls.edges.filter((e) => e.type === 'aggregate')).toHaveLength(3);
    expect(count(halls)).toBe(1 + 4 + 3);
  });

  it('opens the halls on screen at rack zoom, within the element budget however much is on screen', () => {
    const all = mounted(design, RACKS_FROM);
    expect(count(all)).toBeLessThanOrEqual(ELEMENT_BUDGET);
    expect(all.nodes.some((n) => n.type === 'rack')).toBe(true);
    // the full design would mount every node and link group
    expect(design.nodes.length + design.links.length).toBeGreaterThan(ELEMENT_BUDGET);
    const elements = flowElementsOf(design);
    const first = elements.rects.get('bldg-1-hall-1')!;
    const oneHall = mounted(design, 1, { x: first.x, y: first.y, width: 1400, height: 800 });
    expect(oneHall.nodes.filter((n) => n.type === 'summary').map((n) => n.id).sort()).toEqual(['bldg-1-hall-2', 'bldg-1-hall-3', 'bldg-1-hall-4']);
  });
});
