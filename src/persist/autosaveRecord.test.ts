import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../store/testing/sampleDesign.ts';
import { readStored, recordOf } from './autosaveRecord.ts';

describe('autosave records', () => {
  it('round-trip a design through its file format', () => {
    const design = sampleDesign();
    const stored = readStored(recordOf(design, 1000));
    expect(stored.kind).toBe('design');
    if (stored.kind === 'design') {
      expect(stored.design).toEqual(design);
      expect(stored.record).toMatchObject({ savedAt: 1000, name: design.name });
    }
  });

  it('say when nothing is stored', () => {
    expect(readStored(undefined)).toEqual({ kind: 'none' });
  });

  it.each([
    ['a string', 'garbage'],
    ['another shape', { hello: 'world' }],
    ['a record without text', { kind: 'fabric-designer-autosave', savedAt: 1, name: 'x' }],
  ])('report %s as damaged', (_, value) => {
    expect(readStored(value).kind).toBe('damaged');
  });

  it('report a record whose design does not parse as damaged, with the reader\'s problems', () => {
    const stored = readStored({ ...recordOf(sampleDesign(), 1), text: '{"format": "fabric-designer", "version": 1, "nod' });
    expect(stored.kind).toBe('damaged');
    if (stored.kind === 'damaged') expect(stored.problems[0]?.message).toMatch(/not valid JSON/);
  });
});
