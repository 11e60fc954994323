import { describe, expect, it } from 'vitest';
import { building, design, hall, switches } from '../domain/testing/designBuilder.ts';
import { createDesignStore, redo, undo, UNDO_LIMIT } from './designStore.ts';

const start = design([building('b1'), hall('h1', 'b1'), switches('s1', 'h1', 'qm9700', 'leaf', 1, { row: 0, slot: 0 })], []);
const names = (s: ReturnType<typeof createDesignStore>) => s.getState().design?.nodes.map((n) => n.name);

describe('undo and redo', () => {
  it('undo every document change, and redo it', () => {
    const store = createDesignStore();
    store.getState().loadDesign(start);
    store.getState().updateNode('s1', { name: 'Leaf 1' });
    store.getState().renameDesign('Renamed');
    undo(store);
    expect(store.getState().design?.name).toBe('test design');
    undo(store);
    expect(names(store)).toEqual(['b1', 'h1', 's1']);
    undo(store); // the first design is where history starts: nothing further back
    expect(store.getState().design).toStrictEqual(start);
    redo(store);
    redo(store);
    expect(store.getState().design?.name).toBe('Renamed');
  });

  it('selection changes are not steps', () => {
    const store = createDesignStore({ design: start });
    store.getState().updateNode('s1', { name: 'Leaf 1' });
    store.getState().select({ nodeId: 's1' });
    store.getState().select({ nodeId: 'h1' });
    undo(store);
    expect(names(store)).toEqual(['b1', 'h1', 's1']);
  });

  it('a drag is one step however many moves it makes', () => {
    const store = createDesignStore({ design: start });
    store.getState().beginGesture();
    for (let x = 0; x < 30; x++) store.getState().moveOnCanvas({ s1: { x, y: 0 } });
    store.getState().endGesture();
    expect(store.getState().design?.layout.s1).toEqual({ x: 29, y: 0 });
    undo(store);
    expect(store.getState().design?.layout.s1).toBeUndefined();
    redo(store);
    expect(store.getState().design?.layout.s1).toEqual({ x: 29, y: 0 });
  });

  it('an edit that changes nothing records nothing, and history is capped', () => {
    const store = createDesignStore({ design: start });
    store.getState().edit((d) => d);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    for (let i = 0; i < UNDO_LIMIT + 20; i++) store.getState().renameDesign(`n${i}`);
    expect(store.temporal.getState().pastStates).toHaveLength(UNDO_LIMIT);
  });

  it('opening a design starts a fresh history', () => {
    const store = createDesignStore({ design: start });
    store.getState().renameDesign('x');
    store.getState().openDesign(start);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });
});

describe('selection', () => {
  it('one selected item is the inspected subject; several are not', () => {
    const store = createDesignStore({ design: start });
    store.getState().selectMany({ nodeIds: ['s1'], linkIds: [] });
    expect(store.getState().selection).toEqual({ nodeId: 's1' });
    store.getState().selectMany({ nodeIds: ['s1', 'h1'], linkIds: [] });
    expect(store.getState().selection).toBeNull();
    store.getState().select({ nodeId: 'h1' });
    expect(store.getState().selected).toEqual({ nodeIds: ['h1'], linkIds: [] });
    store.getState().removeNodes(['h1']);
    expect(store.getState().selected).toEqual({ nodeIds: [], linkIds: [] });
  });
});
