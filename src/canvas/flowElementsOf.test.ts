import { describe, expect, it } from 'vitest';
import { addLinks, removeNodes, updateLink, updateNode } from '../domain/edit/designEdits.ts';
import { generateFabric } from '../domain/generator/generateFabric.ts';
import type { Design } from '../domain/model/design.ts';
import { analysisOf } from '../store/useAnalysis.ts';
import { autoLayout } from './autoLayout.ts';
import { flowElementsOf } from './flowElementsOf.ts';
import { toFlowEdges } from './toFlowEdges.ts';

// the 16k-GPU fabric of `npm run bench`: 228 nodes, 144 link groups
const generated = generateFabric({ template: 'rail-optimized', servers: 2048, serverModel: 'dgx-h100', switchModel: 'qm9700', tiers: 3 });
if (!generated.ok) throw new Error(generated.problems.join('; '));
const design = generated.design;

/** Each run's bow and label position as a routing from nothing gives them. */
const routedAfresh = (d: Design) => toFlowEdges(d, analysisOf(d), autoLayout(d)).map((e) => [e.id, e.data?.bend, e.data?.labelT]);
const routedNow = (d: Design) => flowElementsOf(d).edges.map((e) => [e.id, e.data?.bend, e.data?.labelT]);

describe('flowElementsOf, incremental', () => {
  it("re-creates only an edited link group's edge, and routes nothing else afresh", () => {
    const before = flowElementsOf(design);
    expect(before.routing.routed).toBe(design.links.length);
    const link = design.links[70]!;
    const edited = updateLink(design, link.id, { count: link.count - 1 });
    const after = flowElementsOf(edited);
    // the same label width and place: nothing moved, so no run is routed again
    expect(after.routing.routed).toBe(0);
    expect(after.nodes).toBe(before.nodes);
    const recreated = after.edges.filter((e, i) => e !== before.edges[i]).map((e) => e.id);
    expect(recreated).toEqual([link.id]);
    expect(after.edges.find((e) => e.id === link.id)?.data?.text).toMatch(new RegExp(`^${link.count - 1} × `));
  });

  it('routes a longer label afresh and only the runs whose area it touches', () => {
    flowElementsOf(design);
    const link = design.links[10]!;
    const edited = updateLink(design, link.id, { count: 123_456 });
    const after = flowElementsOf(edited);
    expect(after.routing.routed).toBeGreaterThanOrEqual(1);
    expect(after.routing.routed).toBeLessThan(design.links.length / 2);
    expect(routedNow(edited)).toEqual(routedAfresh(edited));
  });

  it('gives the routing a fresh derivation gives after edits that move, remove, add and rename things', () => {
    const spine = design.nodes.find((n) => n.kind === 'switch' && n.role === 'spine')!;
    const hall = design.nodes.find((n) => n.kind === 'hall')!;
    const [first, last] = [design.links[0]!, design.links.at(-1)!];
    const edits: ((d: Design) => Design)[] = [
      (d) => removeNodes(d, [spine.id]),
      (d) => updateNode(d, hall.id, { name: 'A hall with a much longer name than before' }),
      (d) => addLinks(d, [{ ...first, id: 'extra', count: 7 }]),
      (d) => updateLink(d, last.id, { count: 1 }),
    ];
    let d = design;
    flowElementsOf(d);
    for (const edit of edits) {
      d = edit(d);
      expect(routedNow(d)).toEqual(routedAfresh(d));
    }
    // undo: the first design's derivation is kept, and the next one starts from there
    expect(routedNow(design)).toEqual(routedAfresh(design));
    const again = updateLink(design, first.id, { count: 2 });
    expect(routedNow(again)).toEqual(routedAfresh(again));
  });
});
