import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDesign } from '../testing/arbitraryDesign.ts';
import { parseDesign } from './parseDesign.ts';
import { serializeDesign } from './serializeDesign.ts';

// hundreds of generated cases: a loaded 2-core machine needs more than vitest's 5 s default
const PROPERTY_TIMEOUT_MS = 60_000;

describe('parseDesign properties', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => {
      const r = parseDesign(text);
      expect(typeof r.ok).toBe('boolean');
    }));
  }, PROPERTY_TIMEOUT_MS);

  it('never throws on arbitrary JSON, and explains every refusal with a path', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const r = parseDesign(JSON.stringify({ format: 'fabric-designer', version: 1, nodes: value, links: value, name: value }));
      if (!r.ok) expect(r.problems.every((p) => p.path.startsWith('$') && p.message.length > 0)).toBe(true);
    }), { numRuns: 300 });
  }, PROPERTY_TIMEOUT_MS);

  it('never throws on a valid design with one field replaced by anything', () => {
    fc.assert(fc.property(arbitraryDesign, fc.jsonValue(), fc.nat(), (design, junk, pick) => {
      const doc = JSON.parse(serializeDesign(design));
      const target = [doc, ...doc.nodes, ...doc.links][pick % (1 + doc.nodes.length + doc.links.length)];
      const keys = Object.keys(target);
      target[keys[pick % keys.length]!] = junk;
      expect(() => parseDesign(JSON.stringify(doc))).not.toThrow();
    }), { numRuns: 300 });
  }, PROPERTY_TIMEOUT_MS);

  it('serialize then parse is the identity on valid designs', () => {
    fc.assert(fc.property(arbitraryDesign, (design) => {
      const r = parseDesign(serializeDesign(design));
      expect(r.ok ? r.design : r.problems).toEqual(design);
      expect(r.ok && r.warnings).toEqual([]);
    }), { numRuns: 200 });
  }, PROPERTY_TIMEOUT_MS);
});
