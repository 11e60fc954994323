import { describe, expect, it } from 'vitest';
import { flowElementsOf } from '../canvas/flowElementsOf.ts';
import { analyzeDesign } from '../domain/engine/analyzeDesign.ts';
import { generateFabric } from '../domain/generator/generateFabric.ts';
import { analysisOf } from '../store/useAnalysis.ts';
import { prepareView } from './prepareView.ts';

// the 16k-GPU fabric of `npm run bench`
const generated = generateFabric({ template: 'rail-optimized', servers: 2048, serverModel: 'dgx-h100', switchModel: 'qm9700', tiers: 3 });
if (!generated.ok) throw new Error(generated.problems.join('; '));
const design = generated.design;

describe('prepareView', () => {
  it('analyzes the link groups in slices, each once, with the page given a turn after each step', async () => {
    const slices: number[] = [];
    let pauses = 0;
    // a clock on which every link group takes 10 ms: the slices grow to the 40 ms budget and stay there
    let ms = 0;
    const onSlice = (n: number) => {
      slices.push(n);
      ms += 10 * n;
    };
    await prepareView(structuredClone(design), { pause: async () => void (pauses += 1), now: () => ms, onSlice });
    expect(slices.reduce((a, b) => a + b, 0)).toBe(design.links.length);
    expect(slices.slice(0, 5)).toEqual([1, 2, 4, 4, 4]);
    expect(new Set(slices.slice(2, -1))).toEqual(new Set([4]));
    // one after each slice, after the whole analysis and after the canvas elements (this clock stands still while routing)
    expect(pauses).toBe(slices.length + 2);
  });

  it('leaves the analysis and canvas elements ready, the same as derived at once', async () => {
    const prepared = structuredClone(design);
    await prepareView(prepared, { pause: async () => {} });
    const once = structuredClone(design);
    const [a, b] = [analysisOf(prepared), analyzeDesign(once)];
    expect(a.summary).toEqual(b.summary);
    expect(a.findings).toEqual(b.findings);
    expect(a.bom).toEqual(b.bom);
    expect(a.links).toEqual(b.links);
    const [p, o] = [flowElementsOf(prepared), flowElementsOf(once)];
    expect([p.nodes, p.edges, p.boxes, p.rects]).toEqual([o.nodes, o.edges, o.boxes, o.rects]);
  });
});
