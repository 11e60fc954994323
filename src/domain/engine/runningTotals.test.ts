import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { removeNodes, updateLink } from '../edit/designEdits.ts';
import { parseDesign } from '../format/parseDesign.ts';
import type { Design } from '../model/design.ts';
import { analyzeDesign, type Analysis } from './analyzeDesign.ts';

/** The two-building example with settings of its own, so no other test's running totals are reused. */
function example(): Design {
  const parsed = parseDesign(readFileSync(new URL('../../../public/examples/two-building-lr4.fabric.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('example must parse');
  return { ...parsed.design, settings: { ...parsed.design.settings } };
}

const cold = (d: Design): Analysis => analyzeDesign(JSON.parse(JSON.stringify(d)) as Design);
const verdictsById = (a: Analysis) => [...a.linkById].map(([id, v]) => [id, v.cables, v.status]);

describe('running totals: the verdicts by link id follow the design order across edits', () => {
  it('a link whose end comes back (undo of a rack delete after its links were put back) stands in its place, not last', () => {
    const start = example();
    analyzeDesign(start);
    const edited = updateLink(start, 'b-compute', { label: 'edited' });
    analyzeDesign(edited);
    const rackGone = removeNodes(edited, ['gpu-b']);
    analyzeDesign(rackGone);
    // the links put back while their rack is still gone: b-compute has no group, so no verdict
    const putBack = analyzeDesign({ ...rackGone, links: edited.links });
    expect(putBack.linkById.has('b-compute')).toBe(false);
    const undone = analyzeDesign(start);
    expect([...undone.linkById.keys()]).toEqual(start.links.map((l) => l.id));
    expect(verdictsById(undone)).toEqual(verdictsById(cold(start)));
  });

  it('a link taken out here and put back at the end (as a new object with the same id) keeps its verdict', () => {
    const start = example();
    analyzeDesign(start);
    const [first, moved, ...rest] = start.links;
    const extra = { ...rest[0]!, id: 'extra' };
    const next = { ...start, links: [first!, ...rest, extra, { ...moved! }] };
    const warm = analyzeDesign(next);
    expect([...warm.linkById.keys()]).toEqual(next.links.map((l) => l.id));
    expect(verdictsById(warm)).toEqual(verdictsById(cold(next)));
  });
});
