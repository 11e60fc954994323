import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { diagramLayout } from './diagramLayout.ts';
import { analyzeDesign } from '../domain/engine/analyzeDesign.ts';
import { parseDesign } from '../domain/format/parseDesign.ts';
import type { Design } from '../domain/model/design.ts';
import { drawioXml } from '../domain/export/drawioXml.ts';

const parse = (xml: string) => {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void errors.push(`${level}: ${message}`) }).parseFromString(xml, 'text/xml');
  return { doc, errors };
};

function drawio(design: Design) {
  const analysis = analyzeDesign(design);
  return drawioXml(design, analysis.catalog, diagramLayout(design, analysis));
}

describe('drawioXml', () => {
  for (const name of ['two-building-lr4', 'dgx-h100-su', 'faults']) {
    it(`${name}: parses as XML, one cell per node and per link group, edges joining their ends`, () => {
      const parsed = parseDesign(readFileSync(`public/examples/${name}.fabric.json`, 'utf8'));
      if (!parsed.ok) throw new Error(name);
      const design = parsed.design;
      const { doc, errors } = parse(drawio(design));
      expect(errors).toEqual([]);
      expect(doc.documentElement!.tagName).toBe('mxfile');
      const model = doc.getElementsByTagName('mxGraphModel');
      expect(model.length).toBe(1);
      const cells = Array.from(doc.getElementsByTagName('mxCell'));
      const ids = new Set(cells.map((c) => c.getAttribute('id')));
      expect(ids.size).toBe(cells.length);
      const vertices = cells.filter((c) => c.getAttribute('vertex') === '1');
      const edges = cells.filter((c) => c.getAttribute('edge') === '1');
      expect(vertices.map((v) => v.getAttribute('id'))).toEqual(design.nodes.map((n) => `n:${n.id}`));
      expect(edges.map((e) => e.getAttribute('id'))).toEqual(design.links.map((l) => `l:${l.id}`));
      for (const e of edges) {
        expect(ids).toContain(e.getAttribute('source'));
        expect(ids).toContain(e.getAttribute('target'));
        expect(e.getAttribute('value')).toMatch(/ × /);
      }
      for (const v of vertices) {
        expect(ids).toContain(v.getAttribute('parent'));
        expect(v.getElementsByTagName('mxGeometry')[0]!.getAttribute('as')).toBe('geometry');
      }
    });
  }

  it('keeps a name with markup as text', () => {
    const parsed = parseDesign(readFileSync('public/examples/two-building-lr4.fabric.json', 'utf8'));
    if (!parsed.ok) throw new Error('example');
    const design = { ...parsed.design, nodes: parsed.design.nodes.map((n) => (n.id === 'bldg-a' ? { ...n, name: '<b>A & "B"</b>' } : n)) };
    const xml = drawio(design);
    expect(xml).not.toMatch(/html=1/);
    const { doc } = parse(xml);
    const cell = Array.from(doc.getElementsByTagName('mxCell')).find((c) => c.getAttribute('id') === 'n:bldg-a')!;
    expect(cell.getAttribute('value')).toBe('<b>A & "B"</b>');
  });
});
