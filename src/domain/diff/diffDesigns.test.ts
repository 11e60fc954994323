import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../engine/analyzeDesign.ts';
import type { Design, LinkGroup } from '../model/design.ts';
import { building, design, hall, linkGroup, switches } from '../testing/designBuilder.ts';
import { diffDesigns, isEmptyDiff } from './diffDesigns.ts';

const rev = (d: Design) => ({ design: d, analysis: analyzeDesign(d) });

// two switches with single-port 400G QSFP-DD cages: one DR4 module per link end
const SWITCH = 'generic-12t8-32x400g-qsfpdd';
const twoSwitches = (count: number, extra: Partial<LinkGroup> = {}) =>
  design(
    [
      building('b'),
      hall('h', 'b'),
      switches('leaf', 'h', SWITCH, 'leaf', 1, { row: 0, slot: 0 }),
      switches('spine', 'h', SWITCH, 'spine', 1, { row: 2, slot: 0 }),
    ],
    [linkGroup('l1', 'leaf', 'spine', count, '400g-dr4', extra)],
  );

describe('diffDesigns', () => {
  it('finds nothing between a design and itself', () => {
    const d = twoSwitches(16);
    const diff = diffDesigns(rev(d), rev(structuredClone(d)));
    expect(isEmptyDiff(diff)).toBe(true);
  });

  it('raising a 400G-DR4 group from 16 to 20 links over one direct cord: +8 modules, +4 cables, +16 fiber pairs and nothing else', () => {
    // the example: each link is one MPO-12 cord from cage to cage, no panel, no trunk
    const cordOnly = { channel: [{ kind: 'cord' }] } as const;
    const before = rev(twoSwitches(16, cordOnly));
    const after = rev(twoSwitches(20, cordOnly));
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

  it('the same change over the default row-to-row channel adds two cords per link, panel ports at both rows and trunk fibers', () => {
    // leaf in row 1, spine in row 3: cord, row panel, MPO trunk, row panel, cord (DOMAIN.md section 3)
    const before = rev(twoSwitches(16));
    const after = rev(twoSwitches(20));
    const diff = diffDesigns(before, after);
    const sections = diff.bom.map((l) => l.section).sort();
    expect(sections).toEqual(['cables', 'fiber', 'fiber.byAssembly', 'modules', 'plant.panels', 'plant.panels', 'plant.trunks', 'powerW']);
    const at = (section: string, item = '') => diff.bom.filter((l) => l.section === section && l.item.includes(item));
    const figures = (section: string, item = '') => at(section, item).flatMap((l) => l.figures.map((f) => [f.field, f.difference]));
    expect(figures('modules').filter(([f]) => f === 'count')).toEqual([['count', 8]]);
    // 4 more links, each a cord at the leaf and a cord at the spine: 8 MPO-12 cords of the same length
    expect(at('cables')).toHaveLength(1);
    expect(at('cables')[0]!.item).toContain('mpo-12');
    expect(figures('cables')).toEqual([['count', 8]]);
    // each new link takes one MPO adapter port on the panel of each row
    expect(figures('plant.panels', 'row 1')).toEqual([['ports', 4]]);
    expect(figures('plant.panels', 'row 3')).toEqual([['ports', 4]]);
    // the trunk carries every position of a link's MPO-12 (a DR4 lights 8 of 12): 4 × 12 = 48 more;
    // 240 used + 20 % spare = 288, still the one 288-fiber trunk, so no trunk is added
    expect(figures('plant.trunks')).toEqual([['usedFibers', 48]]);
    expect(at('plant.trunks')[0]!.item).toContain('288 fibers');
    // fiber totals count the optics' strands: 4 links × 8 strands = 16 pairs, whatever the plant
    expect(figures('fiber')).toEqual([['strands', 32], ['pairs', 16]]);
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
