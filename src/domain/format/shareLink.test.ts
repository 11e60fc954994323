import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDesign } from '../testing/arbitraryDesign.ts';
import { parseDesign } from './parseDesign.ts';
import { decodeShareFragment, encodeShareFragment, MAX_SHARE_FRAGMENT_CHARS } from './shareLink.ts';

const seed = parseDesign(readFileSync(new URL('../../../public/examples/two-building-lr4.fabric.json', import.meta.url), 'utf8'));

describe('share link', () => {
  it('round-trips the seed design through a compact fragment', async () => {
    if (!seed.ok) throw new Error('seed');
    const enc = await encodeShareFragment(seed.design);
    expect(enc.ok).toBe(true);
    if (!enc.ok) return;
    expect(enc.fragment).toMatch(/^design=[A-Za-z0-9_-]+$/);
    expect(enc.fragment.length).toBeLessThan(2000);
    const back = await decodeShareFragment(`#${enc.fragment}`);
    expect(back.ok && back.design).toEqual(seed.design);
  });

  it('round-trips generated designs', async () => {
    await fc.assert(fc.asyncProperty(arbitraryDesign, async (design) => {
      const enc = await encodeShareFragment(design);
      if (!enc.ok) return;
      const back = await decodeShareFragment(enc.fragment);
      expect(back.ok ? back.design : back.problems).toEqual(design);
    }), { numRuns: 40 });
  }, 60_000);

  it('refuses to make a link that is too long and says to export a file', async () => {
    if (!seed.ok) throw new Error('seed');
    const huge = { ...seed.design, nodes: [...seed.design.nodes, ...Array.from({ length: 3000 }, (_, i) => ({ id: `b${i}`, kind: 'building' as const, name: `Building ${Math.random()}`, campusM: { x: i, y: i * 7 } }))] };
    const enc = await encodeShareFragment(huge);
    expect(enc.ok).toBe(false);
    expect(!enc.ok && enc.chars).toBeGreaterThan(MAX_SHARE_FRAGMENT_CHARS);
    expect(!enc.ok && enc.reason).toMatch(/export the design as a file instead/);
  });

  it.each([
    ['', /does not contain a design/],
    ['#design=***', /damaged \(unexpected characters\)/],
    ['#design=AAAA', /damaged or truncated/],
  ])('explains a bad fragment %j', async (fragment, message) => {
    const r = await decodeShareFragment(fragment);
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual([expect.stringMatching(message)]);
  });

  it('reports a truncated link', async () => {
    if (!seed.ok) throw new Error('seed');
    const enc = await encodeShareFragment(seed.design);
    if (!enc.ok) throw new Error('encode');
    const r = await decodeShareFragment(enc.fragment.slice(0, enc.fragment.length - 40));
    expect(r.ok).toBe(false);
  });
});
