import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../domain/catalog/catalog.ts';
import { sampleDesign } from '../store/testing/sampleDesign.ts';
import { autoLayout } from './autoLayout.ts';
import { toFlowNodes } from './toFlowNodes.ts';

const flowNodes = (design = sampleDesign()) => toFlowNodes(design.nodes, autoLayout(design), BUILTIN_CATALOG, design.settings);

describe('toFlowNodes', () => {
  it('lists every container before what it contains', () => {
    const nodes = flowNodes();
    const index = new Map(nodes.map((n, i) => [n.id, i]));
    for (const node of nodes) if (node.parentId) expect(index.get(node.parentId)!).toBeLessThan(index.get(node.id)!);
  });

  it('describes racks and switches the way an architect reads them', () => {
    const nodes = flowNodes();
    expect(nodes.find((n) => n.id === 'gpu-1')?.data).toMatchObject({ contents: '4 × DGX H100 (×4 racks)', holdsSwitches: false });
    expect(nodes.find((n) => n.id === 'net-1')?.data).toMatchObject({ contents: 'Network rack · 2 switches', holdsSwitches: true });
    expect(nodes.find((n) => n.id === 'leaf-1')).toMatchObject({ ariaLabel: expect.stringMatching(/^Switch Leaf 1: 2 × .*SN5600, leaf$/) });
  });

  it('keeps the same object for a node the edit did not touch', () => {
    const design = sampleDesign();
    const before = flowNodes(design);
    const renamed = { ...design, nodes: design.nodes.map((n) => (n.id === 'spine-1' ? { ...n, name: 'Spine one' } : n)) };
    const after = flowNodes(renamed);
    expect(after.find((n) => n.id === 'gpu-1')).toBe(before.find((n) => n.id === 'gpu-1'));
    expect(after.find((n) => n.id === 'spine-1')).not.toBe(before.find((n) => n.id === 'spine-1'));
  });
});
