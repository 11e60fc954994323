import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, parseDesign } from './parseDesign.ts';
import { serializeDesign } from './serializeDesign.ts';

const examplesDir = new URL('../../../public/examples/', import.meta.url);
const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.fabric.json'));
const seed = readFileSync(new URL('two-building-lr4.fabric.json', examplesDir), 'utf8');

function withDoc(edit: (doc: Record<string, any>) => void): string {
  const doc = JSON.parse(seed);
  edit(doc);
  return JSON.stringify(doc);
}

function problemsOf(text: string) {
  const r = parseDesign(text);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.problems;
}

describe('parseDesign', () => {
  it.each(examples)('reads the example %s', (file) => {
    const r = parseDesign(readFileSync(new URL(file, examplesDir), 'utf8'));
    expect(r.ok ? [] : r.problems).toEqual([]);
  });

  it('fills settings the file leaves out with the defaults', () => {
    const r = parseDesign(seed);
    expect(r.ok && r.design.settings.riserM).toBe(3);
    expect(r.ok && r.design.settings.serviceLoopM).toBe(3);
  });

  it.each([
    ['', '$', /not valid JSON \(the file is empty\)/],
    ['{"format": "fabric-designer", "version": 1, "nodes": [', '$', /not valid JSON/],
    ['[1, 2]', '$', /expected a JSON object/],
    ['{"format": "excalidraw", "version": 2}', '$.format', /not a fabric-designer file/],
    ['{"format": "fabric-designer", "version": 7}', '$.version', /written by a newer Fabric Designer; this one reads up to version 1/],
    ['{"format": "fabric-designer", "version": "1"}', '$.version', /whole version number/],
  ])('refuses %j with a message at %s', (text, path, message) => {
    const [first] = problemsOf(text);
    expect(first?.path).toBe(path);
    expect(first?.message).toMatch(message);
  });

  it('lists schema violations with their JSON paths', () => {
    const problems = problemsOf(withDoc((d) => {
      d.links[2].count = -3;
      d.nodes[2].quantity = 1e9;
      d.links[0].fiber = 'OM9';
    }));
    expect(problems.map((p) => p.path).sort()).toEqual(['$.links[0].fiber', '$.links[2].count', '$.nodes[2].quantity']);
  });

  it.each([
    ['a dangling link end', (d: any) => (d.links[0].b = 'nowhere'), '$.links[0].b', /"nowhere" does not exist/],
    ['a duplicate id', (d: any) => (d.nodes[3].id = 'gpu-a'), '$.nodes[3].id', /duplicate id "gpu-a"/],
    ['an unknown device model', (d: any) => (d.nodes[4].model = 'acme-9000'), '$.nodes[4].model', /unknown device model "acme-9000"/],
    ['an unknown optic', (d: any) => (d.links[1].optic = '400g-magic'), '$.links[1].optic', /unknown optic "400g-magic"/],
    ['a building in a rack', (d: any) => d.nodes.push({ id: 'bx', kind: 'hall', parent: 'gpu-a', name: 'x', entryM: { x: 0, y: 0 } }), '$.nodes[12].parent', /a hall cannot sit in a rack/],
    ['a link to a hall', (d: any) => (d.links[0].a = 'hall-a1'), '$.links[0].a', /must end on a switch or a rack with servers/],
  ])('refuses %s', (_what, edit, path, message) => {
    const problems = problemsOf(withDoc(edit));
    expect(problems).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it('reads plant settings: connector loss by type, channel templates, service loop, spares, a group channel', () => {
    const osp = [{ kind: 'cord' }, { kind: 'panel', at: 'building' }, { kind: 'osp-trunk', closures: 4 }, { kind: 'panel', at: 'building' }, { kind: 'cord' }];
    const r = parseDesign(withDoc((d) => {
      d.settings = { connectorLossDb: { lc: 0.25, mpo: 0.35 }, channels: { crossBuilding: osp }, serviceLoopM: 10, spareFiberPercent: 50 };
      d.links[2].channel = osp;
    }));
    expect(r.ok && r.design.settings).toMatchObject({ connectorLossDb: { lc: 0.25, mpo: 0.35 }, channels: { crossBuilding: osp }, serviceLoopM: 10, spareFiberPercent: 50 });
    expect(r.ok && r.design.links[2]?.channel).toEqual(osp);
  });

  it.each([
    [[{ kind: 'cord' }, { kind: 'trunk' }, { kind: 'cord' }], /segment 2 must be a panel or cassette/],
    [[{ kind: 'cord' }, { kind: 'panel', at: 'row' }], /odd number of segments/],
    [[{ kind: 'panel', at: 'row' }, { kind: 'trunk' }, { kind: 'cord' }], /segment 1 must be a cord/],
  ])('refuses a channel that is not a chain: %j', (channel, message) => {
    const problems = problemsOf(withDoc((d) => (d.settings.channels = { sameHall: channel })));
    expect(problems).toContainEqual({ path: '$.settings.channels.sameHall', message: expect.stringMatching(message) });
  });

  it('refuses a file over the size limit before parsing it', () => {
    const [first] = problemsOf(' '.repeat(MAX_FILE_BYTES + 1));
    expect(first?.message).toMatch(/limit is 25 MB/);
  });

  it('counts the size limit in UTF-8 bytes, not characters', () => {
    // 9 million euro signs are 9 million characters but 27 million bytes
    const text = withDoc((d) => (d.name = '€'.repeat(9_000_000)));
    expect(text.length).toBeLessThan(MAX_FILE_BYTES);
    expect(problemsOf(text)).toEqual([{ path: '$', message: 'file is 25.8 MB; the limit is 25 MB' }]);
  });

  it('reads a file that starts with a UTF-8 byte-order mark', () => {
    const r = parseDesign(`\uFEFF${seed}`);
    expect(r.ok ? r.warnings : r.problems).toEqual([]);
  });

  it.each([
    ['arrays', (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`],
    ['objects under an unknown key', (n: number) => seed.replace('{', `{"deep": ${'{"a":'.repeat(n)}1${'}'.repeat(n)},`)],
  ])('refuses %s nested thousands deep as nested too deeply', (_, nest) => {
    expect(problemsOf(nest(50_000))).toEqual([{ path: '$', message: 'nested too deeply: objects and arrays more than 100 levels deep' }]);
  });

  it('does not count brackets inside strings as nesting', () => {
    const r = parseDesign(withDoc((d) => (d.nodes[0].name = `${'[{'.repeat(200)} "quoted \\" [`)));
    expect(r.ok ? r.warnings : r.problems).toEqual([]);
  });

  it('drops __proto__ keys with a warning and reports unknown keys as warnings', () => {
    const text = seed.replace('"name": "Two-building LR4 campus",', '"name": "Two-building LR4 campus", "__proto__": {"polluted": true}, "colour": "red",');
    const r = parseDesign(text);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.ok && r.warnings).toEqual([
      { path: '$.__proto__', message: 'key "__proto__" was dropped: it is a reserved name' },
      { path: '$.colour', message: 'unknown key "colour" was ignored' },
    ]);
  });

  it('keeps labels as plain text, markup and all', () => {
    const r = parseDesign(withDoc((d) => (d.nodes[0].name = '<img src=x onerror=alert(1)>')));
    expect(r.ok && r.design.nodes[0]?.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('migrates a version 0 draft and says so', () => {
    const r = parseDesign(readFileSync(new URL('fixtures/v0-draft.fabric.json', import.meta.url), 'utf8'));
    expect(r.ok ? r.migratedFrom : r.problems).toBe(0);
    expect(r.ok && r.design.layout).toEqual({ b1: { x: 0, y: 0 }, h1: { x: 20, y: 40 }, s1: { x: 60, y: 80 } });
    expect(r.ok && r.design.nodes.some((n) => 'position' in n)).toBe(false);
  });
});

describe('serializeDesign', () => {
  it('writes the format envelope first, two-space indent, stable key order', () => {
    const r = parseDesign(seed);
    if (!r.ok) throw new Error('seed must parse');
    const text = serializeDesign(r.design);
    expect(text.startsWith('{\n  "format": "fabric-designer",\n  "version": 1,\n  "name": "Two-building LR4 campus",\n  "settings": {')).toBe(true);
    expect(text).toMatch(/\{\n {6}"id": "bldg-a",\n {6}"kind": "building",\n {6}"name": "Building A",\n {6}"campusM"/);
    expect(serializeDesign(JSON.parse(JSON.stringify(r.design)))).toBe(text);
  });
});
