import { describe, expect, it } from 'vitest';
import { generateFabric } from '../domain/generator/generateFabric.ts';
import type { Design } from '../domain/model/design.ts';
import { applyPatch, diffDesign } from './designPatch.ts';
import { createDesignStore, redo, undo, UNDO_LIMIT } from './designStore.ts';
import { sampleDesign } from './testing/sampleDesign.ts';

/** The engine bench's ~100k-GPU fabric: 12,800 DGX H100 in 4 halls (1,307 nodes, 850 link groups). */
function design100k(): Design {
  const made = generateFabric({ template: 'rail-optimized', servers: 12_800, serverModel: 'dgx-h100', switchModel: 'sn5600', tiers: 3, halls: 4 });
  if (!made.ok) throw new Error(made.problems.join('; '));
  return made.design;
}

describe('diffDesign and applyPatch', () => {
  it('turn one design into the other and back, keeping the order of nodes and links', () => {
    const before = sampleDesign();
    const after: Design = {
      ...before,
      name: 'Renamed',
      nodes: [before.nodes[1]!, { ...before.nodes[2]!, name: 'Moved' }, ...before.nodes.slice(4), { id: 'new', kind: 'building', name: 'New', campusM: { x: 9, y: 9 } }],
      links: before.links.slice(1),
      layout: { 'bldg-a': { x: 10, y: 20 } },
    };
    const patch = diffDesign(before, after)!;
    expect(applyPatch(before, patch)).toStrictEqual(after);
    expect(applyPatch(after, patch, true)).toStrictEqual(before);
    expect(diffDesign(before, before)).toBeNull();
  });

  it('holds only what changed: one renamed node of 1,307', () => {
    const design = design100k();
    const target = design.nodes[600]!;
    const patch = diffDesign(design, { ...design, nodes: design.nodes.map((n) => (n === target ? { ...n, name: 'x' } : n)) })!;
    expect(patch.nodes).toEqual({ removed: [], added: [], changed: [[target, { ...target, name: 'x' }]] });
    expect(patch.links).toBeNull();
  });
});

describe('undo history on the ~100k-GPU design', () => {
  it('keeps 200 edits in well under 10 MB, and undoes and redoes all of them exactly', () => {
    const start = design100k();
    const store = createDesignStore({ design: start });
    const switches = start.nodes.filter((n) => n.kind === 'switch');
    const { links } = start;
    for (let i = 0; i < UNDO_LIMIT; i++) {
      const s = store.getState();
      if (i % 4 === 0) s.updateNode(switches[i]!.id, { name: `Switch ${i}` });
      else if (i % 4 === 1) s.updateLink(links[i]!.id, { count: links[i]!.count + 1 });
      else if (i % 4 === 2) s.moveOnCanvas({ [switches[i]!.id]: { x: i * 24, y: 48 } });
      else s.removeNodes([switches[i]!.id]);
    }
    const end = store.getState().design!;
    const { pastStates } = store.temporal.getState();
    expect(pastStates).toHaveLength(UNDO_LIMIT);
    // every object a patch holds, serialized: an upper bound on what the history keeps alive beyond the open design
    const bytes = JSON.stringify(pastStates).length;
    expect(bytes).toBeLessThan(10 * 2 ** 20);
    // a snapshot per step would have held 200 copies of the node and link arrays at least
    expect(bytes).toBeLessThan(JSON.stringify(start).length);
    for (let i = 0; i < UNDO_LIMIT; i++) undo(store);
    expect(store.getState().design).toStrictEqual(start);
    for (let i = 0; i < UNDO_LIMIT; i++) redo(store);
    expect(store.getState().design).toStrictEqual(end);
  });
});
