import { describe, expect, it } from 'vitest';
import { createDesignStore } from './designStore.ts';
import { sampleDesign } from './testing/sampleDesign.ts';

describe('designStore', () => {
  it('starts empty, with nothing selected', () => {
    const state = createDesignStore().getState();
    expect(state.design).toBeNull();
    expect(state.loadError).toBeNull();
    expect(state.selection).toBeNull();
  });

  it('loadDesign replaces the design and clears an earlier error and selection', () => {
    const store = createDesignStore();
    store.getState().failLoad({ source: 'x.fabric.json', problems: [{ path: '$.nodes', message: 'required' }] });
    store.getState().select({ nodeId: 'gpu-1' });
    const design = sampleDesign();
    store.getState().loadDesign(design);
    expect(store.getState().design).toBe(design);
    expect(store.getState().loadError).toBeNull();
    expect(store.getState().selection).toBeNull();
  });

  it('failLoad keeps the problems and the design that was open', () => {
    const design = sampleDesign();
    const store = createDesignStore({ design });
    store.getState().failLoad({ source: 'bad.fabric.json', problems: [{ path: '$.version', message: 'too new' }] });
    expect(store.getState().loadError?.problems).toEqual([{ path: '$.version', message: 'too new' }]);
    expect(store.getState().design).toBe(design);
  });

  it('select stores a link, a node or both, and an empty subject clears it', () => {
    const store = createDesignStore({ design: sampleDesign() });
    store.getState().select({ linkId: 'l-up', nodeId: 'leaf-1' });
    expect(store.getState().selection).toEqual({ linkId: 'l-up', nodeId: 'leaf-1' });
    store.getState().select({});
    expect(store.getState().selection).toBeNull();
    store.getState().select({ nodeId: 'spine-1' });
    store.getState().select(null);
    expect(store.getState().selection).toBeNull();
  });

  it('stores are independent', () => {
    const first = createDesignStore();
    const second = createDesignStore();
    first.getState().loadDesign(sampleDesign());
    expect(second.getState().design).toBeNull();
  });
});
