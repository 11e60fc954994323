/** Ids and keys that are names of Object.prototype members: refused as unknown ids or reported, never a crash. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../engine/analyzeDesign.ts';
import { cutsheetRows } from '../report/cutsheet.ts';
import { parseDesign } from './parseDesign.ts';

const seed = readFileSync(new URL('../../../public/examples/two-building-lr4.fabric.json', import.meta.url), 'utf8');
const BUILTIN_NAMES = ['toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'constructor', 'prototype', '__proto__'];

function edited(edit: (doc: Record<string, any>) => void): string {
  const doc = JSON.parse(seed);
  edit(doc);
  return JSON.stringify(doc);
}

function problemsOf(text: string) {
  const r = parseDesign(text);
  return r.ok ? [] : r.problems;
}

const firstSwitch = (doc: Record<string, any>) => doc.nodes.find((n: { kind: string }) => n.kind === 'switch');
const firstGpuRack = (doc: Record<string, any>) => doc.nodes.find((n: { contents?: unknown }) => n.contents);

describe('ids that are built-in property names', () => {
  // __proto__ cannot be an id (the id pattern refuses it); constructor and prototype are reserved (below)
  const ids = ['toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'];
  it.each(ids)('refuses optic, opticB, switch model and rack model "%s" as unknown, with the path', (name) => {
    const cases: [(doc: Record<string, any>) => void, string, RegExp][] = [
      [(d) => (d.links[0].optic = name), '$.links[0].optic', /unknown optic/],
      [(d) => (d.links[0].opticB = name), '$.links[0].opticB', /unknown optic/],
      [(d) => (firstSwitch(d).model = name), `$.nodes[${JSON.parse(seed).nodes.findIndex((n: { kind: string }) => n.kind === 'switch')}].model`, /unknown device model/],
      [(d) => (firstGpuRack(d).contents.model = name), `$.nodes[${JSON.parse(seed).nodes.findIndex((n: { contents?: unknown }) => n.contents)}].contents.model`, /unknown device model/],
    ];
    for (const [edit, path, message] of cases) {
      expect(problemsOf(edited(edit))).toContainEqual({ path, message: expect.stringMatching(message) });
    }
  });

  it.each(['constructor', 'prototype'])('refuses the id "%s": such keys are dropped from records', (name) => {
    expect(problemsOf(edited((d) => (d.nodes[0].id = name)))).toContainEqual({ path: '$.nodes[0].id', message: expect.stringMatching(/reserved name/) });
    expect(problemsOf(edited((d) => (d.links[0].optic = name)))).toContainEqual({ path: '$.links[0].optic', message: expect.stringMatching(/reserved name/) });
  });

  it.each(ids)('a node id "%s" opens and is analyzed, its layout entry found as its own', (name) => {
    const text = edited((d) => {
      const rack = firstGpuRack(d);
      for (const l of d.links) for (const end of ['a', 'b']) if (l[end] === rack.id) l[end] = name;
      rack.id = name;
      d.layout = { [name]: { x: 7, y: 9 } };
    });
    const r = parseDesign(text);
    expect(r.ok ? r.warnings : r.problems).toEqual([]);
    if (!r.ok) return;
    expect(r.design.layout[name]).toEqual({ x: 7, y: 9 });
    const analysis = analyzeDesign(r.design);
    expect(analysis.sites.get(name)?.devices).toBeGreaterThan(0);
    expect([...cutsheetRows(r.design, analysis)].length).toBe(analysis.summary.cables);
  });

  it('a design may name its own optic "toString": it is looked up as its own entry', () => {
    const text = edited((d) => {
      d.catalog = { optics: { toString: { name: 'Mine', standard: '', rateGbps: 400, medium: 'smf', reachM: { OS2: 10000 }, maxChannelLossDb: { OS2: 6.3 }, connector: 'lc-duplex', strands: 2, lanes: 4, wavelengthsNm: [1310], breakouts: [], confidence: 'unverified', source: 'test' } } };
      d.links[0].optic = 'toString';
    });
    const r = parseDesign(text);
    expect(r.ok ? r.warnings : r.problems).toEqual([]);
    if (r.ok) expect(analyzeDesign(r.design).linkById.get(JSON.parse(seed).links[0].id)?.findings.map((f) => f.code)).not.toContain('unknown-optic');
  });

  it('prices keyed by a built-in name cost nothing that was not priced', () => {
    const r = parseDesign(edited((d) => (d.prices = { toString: 5 })));
    expect(r.ok).toBe(true);
    if (r.ok) expect(analyzeDesign(r.design).bom.cost?.lines).toEqual([]);
  });
});

describe('keys that are built-in property names', () => {
  it.each(BUILTIN_NAMES.filter((n) => !['__proto__', 'constructor', 'prototype'].includes(n)))('"%s" at the root and on a node is reported as unknown', (name) => {
    const text = seed.replace('{', `{"${name}": {},`).replace('"nodes": [\n    {', `"nodes": [\n    {"${name}": {},`);
    const r = parseDesign(text);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.warnings).toEqual([
      { path: `$.${name}`, message: `unknown key "${name}" was ignored` },
      { path: `$.nodes[0].${name}`, message: `unknown key "${name}" was ignored` },
    ]);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('"%s" is dropped with a warning, and pollutes nothing', (name) => {
    const text = seed.replace('{', `{"${name}": {"polluted": true},`).replace('"nodes": [\n    {', `"nodes": [\n    {"${name}": {"polluted": true},`);
    const r = parseDesign(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => w.path)).toEqual([`$.${name}`, `$.nodes[0].${name}`]);
    expect(r.warnings[0]!.message).toMatch(/dropped/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.design)).toBe(Object.prototype);
  });
});
