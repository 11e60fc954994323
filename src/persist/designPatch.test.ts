import { describe, expect, it } from 'vitest';
import type { Design } from '../domain/model/design.ts';
import { createDesignStore, type DesignState } from '../store/designStore.ts';
import { sampleDesign } from '../store/testing/sampleDesign.ts';
import { applyPatch, diffDesign } from './designPatch.ts';

/** The design before and after one store action, as autosave sees them. */
function change(action: (s: DesignState) => void): { before: Design; after: Design } {
  const store = createDesignStore({ design: sampleDesign() });
  const before = store.getState().design!;
  action(store.getState());
  return { before, after: store.getState().design! };
}

describe('design patches', () => {
  it.each<[string, (s: DesignState) => void]>([
    ['a rename', (s) => s.renameDesign('Renamed')],
    ['a changed link', (s) => s.updateLink('l-up', { count: 16 })],
    ['a removed node and its links', (s) => s.removeNodes(['gpu-2'])],
    ['an added link', (s) => s.connect({ id: 'l-new', a: 'gpu-2', b: 'spine-1', count: 4, optic: '400g-lr4-10' })],
    ['a moved node', (s) => s.moveOnCanvas({ 'bldg-a': { x: 10, y: 20 } })],
    ['a setting', (s) => s.updateSettings({ slackPercent: 12 })],
    ['a price set', (s) => s.setUnitPrice('400g-dr4', 700)],
  ])('carry %s, and applying one gives the design after it', (_, action) => {
    const { before, after } = change(action);
    const patch = diffDesign(before, after);
    expect(patch).not.toBeNull();
    expect(applyPatch(before, patch!)).toEqual(after);
  });

  it('hold only what an edit touched', () => {
    const { before, after } = change((s) => s.updateLink('l-up', { count: 16 }));
    expect(diffDesign(before, after)).toEqual({ links: { put: [{ id: 'l-up', a: 'leaf-1', b: 'spine-1', count: 16, optic: '400g-lr4-10' }] } });
  });

  it('list the order only when items were added or removed', () => {
    const { before, after } = change((s) => s.removeLinks(['l-gpu-1']));
    expect(diffDesign(before, after)).toEqual({ links: { order: ['l-gpu-2', 'l-up'], put: [] } });
  });

  it('are null when nothing changed', () => {
    const design = sampleDesign();
    expect(diffDesign(design, design)).toBeNull();
  });

  it('remove a price that was cleared', () => {
    const before = sampleDesign({ prices: { a: 1, b: 2 } });
    const after = { ...before, prices: { b: 2 } };
    expect(diffDesign(before, after)).toEqual({ prices: { put: {}, remove: ['a'] } });
  });

  it('keep a key named "__proto__" as an ordinary entry', () => {
    const before = sampleDesign();
    const prices = JSON.parse('{"__proto__": 5}') as Record<string, number>;
    const applied = applyPatch(before, { prices: { put: prices, remove: [] } });
    expect(Object.hasOwn(applied.prices, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(applied.prices)).toBe(Object.prototype);
  });

  it('refuse a change naming an item the design does not have', () => {
    expect(() => applyPatch(sampleDesign(), { links: { order: ['l-up', 'ghost'], put: [] } })).toThrow(/ghost/);
  });
});
