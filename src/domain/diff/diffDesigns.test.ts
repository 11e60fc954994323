import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../engine/analyzeDesign.ts';
import type { Design } from '../model/design.ts';
import { building, design, hall, linkGroup, switches } from '../testing/designBuilder.ts';
import { diffDesigns, isEmptyDiff } from './diffDesigns.ts';

const rev = (d: Design) => ({ design: d, analysis: analyzeDesign(d) });

// two switches with single-port 400G QSFP-DD cages: one DR4 module per link end
const SWITCH = 'generic-12t8-32x400g-qsfpdd';
const twoSwitches = (count: number) =>
  design(
    [
      building('b'),
      hall('h', 'b'),
      switches('leaf', 'h', SWITCH, 'leaf', 1, { row: 0, slot: 0 }),
      switches('spine', 'h', SWITCH, 'spine', 1, { row: 2, slot: 0 }),
    ],
    [linkGroup('l1', 'leaf', 'spine', count, '400g-dr4')],
  );

describe('diffDesigns', () => {
  it('finds nothing between a design and itself', () => {
    const d = twoSwitches(16);
    const diff = diffDesigns(rev(d), rev(structuredClone(d)));
    expect(isEmptyDiff(diff)).toBe(true);
  });

  it('raising a 400G-DR4 group from 16 to 20 links: +8 modules, +4 cables, +16 fiber pairs and nothing else', () => {
    const before = rev(twoSwitches(16));
    const after = rev(twoSwitches(20));
    const diff = diffDesigns(before, after);
    expect(diff.nodes).toEqual({ added: [], removed: [], changed: [] });
    expect(diff.links.changed).toEqual([{ id: 'l1', beforeId: 'l1', kind: 'link', name: 'leaf – spine', fields: [{ field: 'count', before: 16, after: 20 }] }]);
    expect(diff.verdicts).toEqual([]);
    const lines = new Map(diff.bom.map((l) => [l.section, l]));
    expect([...lines.keys()].sort()).toEqual(['cables', 'fiber', 'fiber.byAssembly', 'modules', 'powerW']);
    const module = before.analysis.bom.modules[0]!;
    const figure = (section: string, field: string) => lines.get(section)!.figures.find((f) => f.field === field)!.difference;
    expect(lines.get('modules')!.item).toContain(module.part);
    expect(figure('modules', 'count')).toBe(8);
    expect(figure('modules', 'switchSide')).toBe(8);
    expect(figure('cables', 'count')).toBe(4);
    expect(figure('fiber', 'pairs')).toBe(16);
    expect(figure('fiber.byAssembly', 'pairs')).toBe(16);
    // the only other figures are the power those 8 modules draw
    expect(figure('powerW', 'modules')).toBeCloseTo(8 * module.powerW!, 6);
  });

  it('matches a renamed, re-keyed node by position and reports the fields that changed', () => {
    const before = twoSwitches(16);
    const after: Design = {
      ...before,
      nodes: before.nodes.map((n) => (n.id === 'spine' ? { ...n, id: 'spine-1', name: 'Spine 1' } : n)),
      links: before.links.map((l) => ({ ...l, b: 'spine-1' })),
    };
    const diff = diffDesigns(rev(before), rev(after));
    expect(diff.nodes.added).toEqual([]);
    expect(diff.nodes.removed).toEqual([]);
    expect(diff.nodes.changed).toEqual([
      { id: 'spine-1', beforeId: 'spine', kind: 'switch', name: 'Spine 1', fields: [{ field: 'id', before: 'spine', after: 'spine-1' }, { field: 'name', before: 'spine', after: 'Spine 1' }] },
    ]);
    expect(diff.links.changed).toEqual([]);
    expect(diff.bom).toEqual([]);
  });

  it('reports added and removed items and a verdict that now fails', () => {
    const before = twoSwitches(16);
    const after: Design = {
      ...before,
      nodes: [...before.nodes.filter((n) => n.id !== 'spine'), switches('far', 'h', SWITCH, 'spine', 1, { row: 300, slot: 0 })],
      links: [linkGroup('l1', 'leaf', 'far', 16, '400g-dr4')],
    };
    const diff = diffDesigns(rev(before), rev(after));
    expect(diff.nodes.added.map((n) => n.id)).toEqual(['far']);
    expect(diff.nodes.removed.map((n) => n.id)).toEqual(['spine']);
    expect(diff.links.changed[0]!.fields.map((f) => f.field)).toEqual(['b']);
    expect(diff.verdicts).toEqual([{ linkId: 'l1', name: 'leaf – far', before: 'ok', after: 'error' }]);
    expect(diff.findings.added.map((f) => f.code)).toContain('reach-exceeded');
  });
});
