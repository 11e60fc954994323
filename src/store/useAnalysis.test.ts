import { describe, expect, it } from 'vitest';
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
});
