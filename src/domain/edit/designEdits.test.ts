import { describe, expect, it } from 'vitest';
import { building, design, gpuRacks, hall, linkGroup, networkRack, switches } from '../testing/designBuilder.ts';
import { BUILTIN_CATALOG } from '../catalog/catalog.ts';
import { copyFragment, pasteFragment, readFragment } from './clipboard.ts';
import { freshId, removeNodes, setUnitPrice, updateLink, updateNode } from './designEdits.ts';

const d0 = {
  ...design(
    [building('b1'), hall('h1', 'b1'), gpuRacks('gpu', 'h1', { row: 0, slot: 0 }), networkRack('net', 'h1', { row: 1, slot: 0 }), switches('leaf', 'net', 'qm9700', 'leaf', 2), building('b2'), hall('h2', 'b2')],
    [linkGroup('l1', 'gpu', 'leaf', 8, '400g-dr4')],
  ),
  layout: { gpu: { x: 10, y: 20 }, leaf: { x: 0, y: 0 } },
};

describe('design edits', () => {
  it('keep untouched nodes and links identical (the engine cache relies on it)', () => {
    const d1 = updateNode(d0, 'gpu', { name: 'GPU row 1' });
    expect(d1.nodes.find((n) => n.id === 'gpu')?.name).toBe('GPU row 1');
    expect(d1.nodes.filter((n) => n.id !== 'gpu').every((n) => d0.nodes.includes(n))).toBe(true);
    expect(d1.links[0]).toBe(d0.links[0]);
    expect(d0.nodes.find((n) => n.id === 'gpu')?.name).toBe('gpu');
  });

  it('remove a container with everything inside and the links that touch it', () => {
    const d1 = removeNodes(d0, ['h1']);
    expect(d1.nodes.map((n) => n.id)).toEqual(['b1', 'b2', 'h2']);
    expect(d1.links).toEqual([]);
    expect(d1.layout).toEqual({});
  });

  it('drop fields patched to undefined', () => {
    const d1 = updateLink(d0, 'l1', { lengthM: 30 });
    expect(updateLink(d1, 'l1', { lengthM: undefined }).links[0]).toEqual(d0.links[0]);
  });

  it('set and clear unit prices', () => {
    const d1 = setUnitPrice(d0, 'qm9700', 25000);
    expect(d1.prices).toEqual({ qm9700: 25000 });
    expect(setUnitPrice(d1, 'qm9700', null).prices).toEqual({});
  });

  it('make fresh ids that nothing uses', () => {
    expect(freshId(d0, 'leaf')).toBe('leaf-1');
    expect(freshId(updateNode(d0, 'leaf', {}), 'h', new Set(['h-1']))).toBe('h-2');
  });
});

describe('copy and paste', () => {
  it('pastes a hall with its contents and inner links under fresh ids into another building', () => {
    const fragment = copyFragment(d0, ['h1']);
    expect(fragment.nodes.map((n) => n.id)).toEqual(['h1', 'gpu', 'net', 'leaf']);
    const b2 = d0.nodes.find((n) => n.id === 'b2')!;
    const { design: d1, pastedIds } = pasteFragment(d0, readFragment(JSON.stringify(fragment), BUILTIN_CATALOG)!, b2);
    expect(pastedIds).toEqual(['h1-1']);
    const pasted = d1.nodes.slice(d0.nodes.length);
    expect(pasted.map((n) => [n.id, n.kind === 'building' ? null : n.parent])).toEqual([
      ['h1-1', 'b2'], ['gpu-1', 'h1-1'], ['net-1', 'h1-1'], ['leaf-1', 'net-1'],
    ]);
    expect(d1.links.slice(1)).toEqual([{ ...d0.links[0], id: 'l1-1', a: 'gpu-1', b: 'leaf-1' }]);
    expect(d1.layout['gpu-1']).toEqual({ x: 10, y: 20 });
  });

  it('refuses to nest a pasted rack in a building; it goes back to its own hall', () => {
    const fragment = copyFragment(d0, ['gpu']);
    const b2 = d0.nodes.find((n) => n.id === 'b2')!;
    const { design: d1 } = pasteFragment(d0, fragment, b2);
    expect(d1.nodes.at(-1)).toMatchObject({ id: 'gpu-1', parent: 'h1' });
    expect(d1.layout['gpu-1']).toEqual({ x: 50, y: 60 });
  });

  it.each([
    ['not JSON', 'hello'],
    ['another format', '{"format":"excalidraw"}'],
    ['an unknown model', JSON.stringify({ ...copyFragment(d0, ['leaf']), nodes: [{ ...copyFragment(d0, ['leaf']).nodes[0], model: 'acme' }] })],
    ['a bad node', JSON.stringify({ ...copyFragment(d0, ['leaf']), nodes: [{ id: 'x', kind: 'rack' }] })],
  ])('ignores clipboard text that is %s', (_what, text) => {
    expect(readFragment(text, BUILTIN_CATALOG)).toBeNull();
  });
});
