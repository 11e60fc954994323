import { describe, expect, it } from 'vitest';
import { addLinks, removeNodes, updateLink, updateNode } from '../domain/edit/designEdits.ts';
import { applyPatch, diffDesign } from '../store/designPatch.ts';
import { generateFabric } from '../domain/generator/generateFabric.ts';
import type { Design } from '../domain/model/design.ts';
import { analysisOf } from '../store/useAnalysis.ts';
import { autoLayout } from './autoLayout.ts';
import { flowElementsOf, type FlowElements } from './flowElementsOf.ts';
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

describe('flowElementsOf, node edits on the ~100k-GPU design', () => {
  // the 100k-GPU fabric of `npm run bench`: 657 nodes in 4 halls, 425 link groups
  const big = generateFabric({ template: 'rail-optimized', servers: 12800, serverModel: 'dgx-h100', switchModel: 'sn5600', tiers: 3, halls: 4 });
  if (!big.ok) throw new Error(big.problems.join('; '));
  const start = big.design;
  const spine = start.nodes.find((n) => n.kind === 'switch' && n.role === 'spine')!;
  const rack = spine.kind === 'switch' ? spine.parent : '';
  /** The ids whose box, rectangle or canvas node is not the very object it was in `before`. */
  const remade = (before: FlowElements, after: FlowElements) => {
    const nodeBefore = new Map(before.nodes.map((n) => [n.id, n]));
    return {
      boxes: [...after.boxes].filter(([id, box]) => before.boxes.get(id) !== box).map(([id]) => id).sort(),
      rects: [...after.rects].filter(([id, rect]) => before.rects.get(id) !== rect).map(([id]) => id).sort(),
      nodes: after.nodes.filter((n) => nodeBefore.get(n.id) !== n).map((n) => n.id).sort(),
    };
  };

  it('deleting a switch group, undo and redo lay out one hall, keep every other object and re-route few runs', () => {
    const opened = flowElementsOf(start);
    const deleted = removeNodes(start, [spine.id]);
    const patch = diffDesign(start, deleted)!;
    const gone = start.links.length - deleted.links.length;
    expect(gone).toBeGreaterThan(0);

    const afterDelete = flowElementsOf(deleted);
    // its rack holds one switch group fewer: that rack alone changes, in one of the 4 halls
    expect(afterDelete.hallsLaidOut).toBe(1);
    expect(remade(opened, afterDelete)).toEqual({ boxes: [rack], rects: [rack], nodes: [rack] });
    // a run is routed again only where the change covers what its choice tested: 9 runs went, few of the 416 left move
    expect(afterDelete.routing.routed).toBeLessThanOrEqual(0.05 * start.links.length);

    const undone = applyPatch(deleted, patch, true);
    const afterUndo = flowElementsOf(undone);
    expect(afterUndo.hallsLaidOut).toBe(1);
    expect(remade(afterDelete, afterUndo)).toEqual({ boxes: [rack, spine.id].sort(), rects: [rack, spine.id].sort(), nodes: [rack, spine.id].sort() });
    // the switch group's own runs come back, and few others
    expect(afterUndo.routing.routed).toBeGreaterThanOrEqual(gone);
    expect(afterUndo.routing.routed).toBeLessThanOrEqual(0.05 * start.links.length);
    // the switch group's card is the one it had before the delete
    expect(afterUndo.nodes.find((n) => n.id === spine.id)).toBe(opened.nodes.find((n) => n.id === spine.id));

    const redone = applyPatch(undone, patch);
    const afterRedo = flowElementsOf(redone);
    expect(afterRedo.hallsLaidOut).toBe(1);
    expect(remade(afterUndo, afterRedo)).toEqual({ boxes: [rack], rects: [rack], nodes: [rack] });
    expect(afterRedo.routing.routed).toBeLessThanOrEqual(0.05 * start.links.length);
    for (const d of [deleted, undone, redone]) expect(routedNow(d)).toEqual(routedAfresh(d));
  }, 60_000);
});
