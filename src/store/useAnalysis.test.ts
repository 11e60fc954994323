import { describe, expect, it } from 'vitest';
import { createDesignStore, undo } from './designStore.ts';
import { analysisOf } from './useAnalysis.ts';
import { sampleDesign } from './testing/sampleDesign.ts';

describe('analysisOf', () => {
  it('analyses a design once, however many readers ask', () => {
    const design = sampleDesign();
    expect(analysisOf(design)).toBe(analysisOf(design));
  });

  it('derives a fresh analysis when the store replaces the design', () => {
    const design = sampleDesign();
    const edited = { ...design, links: design.links.map((l) => (l.id === 'l-up' ? { ...l, count: 16 } : l)) };
    expect(analysisOf(edited)).not.toBe(analysisOf(design));
    expect(analysisOf(edited).summary.links).toBe(analysisOf(design).summary.links - 16);
  });

  it("re-analyzes only the link group a store edit changed, and nothing on undo", () => {
    const design = sampleDesign();
    const store = createDesignStore({ design });
    const total = design.links.reduce((n, l) => n + l.count, 0);
    expect(analysisOf(design).stats.linksVisited).toBe(total);
    store.getState().updateLink('l-up', { count: 16 });
    const edited = analysisOf(store.getState().design!);
    expect(edited.stats).toMatchObject({ groupsVisited: 1, linksVisited: 16 });
    undo(store);
    expect(analysisOf(store.getState().design!).stats.groupsVisited).toBe(0);
  });
});
