import { describe, expect, it } from 'vitest';
import { applyMutation, type Mutation } from './mutateDesign.ts';

describe('applyMutation', () => {
  it('inserts copies, so a value fast-check hands to every run is never edited by a later mutation', () => {
    const shared = {};
    const doc = { nodes: [{ id: 'a' }] };
    const insert = (pick: number): Mutation => ({ kind: 'builtin-key', pick, name: '__proto__', value: shared });
    applyMutation(doc, insert(0));
    // objects now: the document, its node, and what the first insert put under "__proto__"
    applyMutation(doc, insert(2));
    // without copies the second insert would land inside `shared` itself and make it hold itself
    expect(Object.keys(shared)).toEqual([]);
    expect(() => JSON.stringify(doc)).not.toThrow();
    applyMutation(doc, { kind: 'replace', pick: 1, value: shared });
    expect(Object.keys(shared)).toEqual([]);
  });
});
