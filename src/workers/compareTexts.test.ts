import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffDesigns } from '../domain/diff/diffDesigns.ts';
import { analyzeDesign } from '../domain/engine/analyzeDesign.ts';
import { parseDesign } from '../domain/format/parseDesign.ts';
import { serializeDesign } from '../domain/format/serializeDesign.ts';
import { compareTexts } from './compareTexts.ts';

const text = readFileSync(new URL('../../public/examples/two-building-lr4.fabric.json', import.meta.url), 'utf8');
const parsed = parseDesign(text);
if (!parsed.ok) throw new Error('the example must parse');
const design = parsed.design;

describe('compareTexts (the compare worker)', () => {
  it('gives the diff the page would compute, across the copy a message makes', () => {
    const earlier = { ...design, links: design.links.map((l, i) => (i === 0 ? { ...l, count: l.count + 16 } : l)) };
    const onPage = diffDesigns({ design: earlier, analysis: analyzeDesign(earlier) }, { design, analysis: analyzeDesign(design) });
    const result = structuredClone(compareTexts({ fileText: serializeDesign(earlier), designText: serializeDesign(design) }));
    expect(result.ok && result.diff).toEqual(onPage);
    expect(result.ok && result.before).toEqual(earlier);
    expect(onPage.links.changed).toHaveLength(1);
  });

  it('refuses a file that is not a design with the reader’s problems', () => {
    const result = compareTexts({ fileText: '{ not json', designText: serializeDesign(design) });
    expect(result).toEqual(parseDesign('{ not json'));
  });
});
