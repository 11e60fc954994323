import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../domain/engine/analyzeDesign.ts';
import { sampleDesign } from '../store/testing/sampleDesign.ts';
import { overviewOf } from './overview.ts';
import { reportSummary } from './reportSummary.ts';

const design = sampleDesign();
const analysis = analyzeDesign(design);

describe('overviewOf', () => {
  it('counts racks, servers, GPUs and switches per hall, buildings in design order', () => {
    const { buildings } = overviewOf(design, analysis);
    expect(buildings.map((b) => b.name)).toEqual(['Building B', 'Building A']);
    expect(buildings[1]?.halls).toEqual([{ id: 'hall-a1', name: 'Hall A1', racks: 9, servers: 32, gpus: 256, switches: 2 }]);
    expect(buildings[0]?.halls).toEqual([{ id: 'hall-b1', name: 'Hall B1', racks: 0, servers: 0, gpus: 0, switches: 2 }]);
  });

  it('draws a trunk for each building pair the engine reports', () => {
    const { trunks } = overviewOf(design, analysis);
    expect(trunks).toEqual(analysis.bandwidth.buildings.map(({ a, b, capacityGbps, pairs }) => ({ a, b, capacityGbps, pairs })));
    expect(trunks).toHaveLength(1);
  });
});

describe('reportSummary', () => {
  it('states GPUs, switches by role, link groups and the verdict', () => {
    const s = analysis.summary;
    const text = reportSummary(analysis);
    expect(text).toContain(`This design has ${s.gpus} GPUs in ${s.servers} servers and 4 switches (2 leaf, 2 spine)`);
    expect(text).toContain(`joined by 3 link groups of ${s.links} links`);
    expect(text).toMatch(s.errors || s.warnings ? /The checks find \d+ errors? and \d+ warnings?/ : /no errors or warnings/);
  });
});
