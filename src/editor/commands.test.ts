import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../domain/catalog/catalog.ts';
import { createDesignStore, undo } from '../store/designStore.ts';
import { sampleDesign } from '../store/testing/sampleDesign.ts';
import { copySelection, deleteSelection, duplicateSelection, nudgeSelection, pasteText, uniqueName } from './commands.ts';

const storeWith = (...selected: string[]) => {
  const store = createDesignStore({ design: sampleDesign() });
  store.getState().selectMany({ nodeIds: selected, linkIds: [] });
  return store;
};
const node = (store: ReturnType<typeof createDesignStore>, id: string) => store.getState().design!.nodes.find((n) => n.id === id);

describe('editing commands', () => {
  it('deletes nodes and link groups in one undo step', () => {
    const store = storeWith('spine-1');
    store.getState().selectMany({ nodeIds: ['spine-1'], linkIds: ['l-gpu-1'] });
    expect(deleteSelection(store)?.ok).toBe(true);
    expect(store.getState().design!.links.map((l) => l.id)).toEqual(['l-gpu-2']);
    undo(store);
    expect(store.getState().design!.links).toHaveLength(3);
    expect(node(store, 'spine-1')).toBeDefined();
  });

  it('duplicates a rack beside the original, under its own name, and selects the copy', () => {
    const store = storeWith('net-1');
    duplicateSelection(store, BUILTIN_CATALOG);
    const design = store.getState().design!;
    const copies = design.nodes.filter((n) => n.name.startsWith('Network rack') && n.id !== 'net-1');
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ name: 'Network rack 2', parent: 'hall-a1', floor: { row: 0, slot: 9 } });
    // the switch in it came along, renamed
    expect(design.nodes.filter((n) => n.kind === 'switch' && n.parent === copies[0]!.id).map((n) => n.name)).toEqual(['Leaf 2']);
    expect(store.getState().selected.nodeIds).toEqual([copies[0]!.id]);
    undo(store);
    expect(store.getState().design!.nodes).toHaveLength(sampleDesign().nodes.length);
  });

  it('pastes into the selected hall, and says so when the text is not a fragment', () => {
    const from = storeWith('gpu-1');
    const text = copySelection(from)!;
    const to = storeWith('hall-b1');
    expect(pasteText(to, text, BUILTIN_CATALOG)).toEqual({ ok: true, message: 'Pasted 1 item.' });
    const pasted = to.getState().design!.nodes.find((n) => n.name === 'GPU row 2');
    expect(pasted).toMatchObject({ kind: 'rack', parent: 'hall-b1' });
    expect(pasteText(to, 'hello', BUILTIN_CATALOG)).toEqual({ ok: false, message: 'Nothing to paste: the clipboard holds no Fabric Designer items.' });
  });

  it('nudges a rack by a floor cell, never below row or slot 0', () => {
    const store = storeWith('gpu-1');
    nudgeSelection(store, 1, 1);
    expect(node(store, 'gpu-1')).toMatchObject({ floor: { row: 1, slot: 3 } });
    nudgeSelection(store, -1, -1);
    nudgeSelection(store, 0, -1);
    expect(node(store, 'gpu-1')).toMatchObject({ floor: { row: 0, slot: 2 } });
  });

  it('gives copies the first free name', () => {
    const used = new Set(['GPU rack 1', 'GPU rack 2', 'Leaf A']);
    expect(uniqueName(used, 'GPU rack 1')).toBe('GPU rack 3');
    expect(uniqueName(used, 'Leaf A')).toBe('Leaf A 2');
    expect(uniqueName(used, 'Spine')).toBe('Spine');
  });
});
