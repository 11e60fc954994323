import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../engine/analyzeDesign.ts';
import { parseDesign } from './parseDesign.ts';
import { serializeDesign } from './serializeDesign.ts';

const notesExample = readFileSync(new URL('./fixtures/domain-notes-example.fabric.json', import.meta.url), 'utf8');

function opened(text: string) {
  const r = parseDesign(text);
  expect(r.ok ? r.warnings : r.problems).toEqual([]);
  if (!r.ok) throw new Error('refused');
  return r.design;
}

describe('hand-written design files', () => {
  it('opens the example of the domain notes (section 5): unnamed switch, racks without rackKind', () => {
    const design = opened(notesExample);
    expect(design.nodes.find((n) => n.id === 'leaf-1')?.name).toBe('leaf-1');
    expect(design.nodes.find((n) => n.id === 'gpu-r1')).toMatchObject({ kind: 'rack', rackKind: 'gpu' });
    const { summary } = analyzeDesign(design);
    expect(summary).toMatchObject({ servers: 4, gpus: 32, links: 32 });
  });

  it('writes the canonical form back, which reads as the same design', () => {
    const design = opened(notesExample);
    const canonical = serializeDesign(design);
    expect(JSON.parse(canonical).nodes.find((n: { id: string }) => n.id === 'leaf-1').name).toBe('leaf-1');
    expect(JSON.parse(canonical).nodes.find((n: { id: string }) => n.id === 'gpu-r1').rackKind).toBe('gpu');
    expect(opened(canonical)).toEqual(design);
  });

  it('infers a network rack for a rack without servers', () => {
    const doc = JSON.parse(notesExample);
    doc.nodes.push({ id: 'net-1', kind: 'rack', parent: 'hall-a1', floor: { row: 4, slot: 0 }, quantity: 1 });
    expect(opened(JSON.stringify(doc)).nodes.find((n) => n.id === 'net-1')).toMatchObject({ name: 'net-1', rackKind: 'network' });
  });

  it('reads fiber grades in any case and writes them canonically', () => {
    const doc = JSON.parse(notesExample);
    doc.links[0].fiber = 'os2';
    doc.settings.defaultMmf = 'om4';
    const design = opened(JSON.stringify(doc));
    expect(design.links[0]?.fiber).toBe('OS2');
    expect(design.settings.defaultMmf).toBe('OM4');
    expect(serializeDesign(design)).toMatch(/"fiber": "OS2"/);
  });

  it('still refuses a grade it does not know, with its path', () => {
    const doc = JSON.parse(notesExample);
    doc.links[0].fiber = 'om9';
    const r = parseDesign(JSON.stringify(doc));
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['$.links[0].fiber']);
  });
});
