import { describe, expect, it } from 'vitest';
import { parseDesign } from '../format/parseDesign.ts';
import { building, design, hall, linkGroup, switches } from '../testing/designBuilder.ts';
import { analyzeDesign } from './analyzeDesign.ts';

// leaf at row 1 slot 1; "near" two slots along the row, "far" ten rows back.
// near: 3 + 1.2 + 3 = 7.2 m + 10 % = 7.92 -> a 10 m cord.
// far:  3 + 30 + 3 = 36 m + 10 % = 39.6 -> a 50 m cord, over 30 m: cord 5 m, trunk 30 + 2 x 3 m loops = 36 m, cord 5 m.
const nodes = [
  building('b'),
  hall('h', 'b'),
  switches('leaf', 'h', 'generic-25t6-64x400g-qsfpdd', 'leaf', 1, { row: 0, slot: 0 }),
  switches('near', 'h', 'generic-25t6-64x400g-qsfpdd', 'spine', 1, { row: 0, slot: 2 }),
  switches('far', 'h', 'generic-25t6-64x400g-qsfpdd', 'spine', 1, { row: 10, slot: 0 }),
];
const links = [linkGroup('short', 'leaf', 'near', 8, '400g-dr4'), linkGroup('long', 'leaf', 'far', 8, '400g-dr4')];
const kinds = (segments: readonly { kind: string }[]) => segments.map((s) => s.kind);

describe('same-hall runs: a direct cord up to directCordMaxM, the row-panel chain above it', () => {
  const a = analyzeDesign(design(nodes, links, { directCordMaxM: 30, spareFiberPercent: 0 }));
  const short = a.linkById.get('short')!;
  const long = a.linkById.get('long')!;

  it('lays a short run as one 10 m cord with no connections, a long one on two row panels and a trunk', () => {
    expect(kinds(short.segments)).toEqual(['cord']);
    expect(short.lengthM).toBe(10);
    expect(short.plant.connections).toBe(0);
    expect(kinds(long.segments)).toEqual(['cord', 'panel', 'trunk', 'panel', 'cord']);
    expect(long.segments.map((s) => ('lengthM' in s ? s.lengthM : 0))).toEqual([5, 0, 36, 0, 5]);
    expect(long.plant.connectors.map((c) => `${c.type}@${c.at}`)).toEqual(['mpo@row', 'mpo@row']);
  });

  it('bills what the loss budget counts: 8 direct MPO cords; 16 cords, 8 panel ports at each row and one trunk for the long run', () => {
    const { cables, plant } = a.bom;
    expect(cables.map((c) => [c.assembly, c.lengthM, c.count])).toEqual([['mpo-12', 5, 16], ['mpo-12', 10, 8]]);
    // 8 DR4 links x 12 MPO positions = 96 fibers, spares 0 %
    expect(plant.trunks.map((t) => [t.between, t.usedFibers, t.fibers, t.lengthM, t.count])).toEqual([[['h row 1', 'h row 11'], 96, 96, 36, 1]]);
    expect(plant.panels.map((p) => [p.at, p.connector, p.ports])).toEqual([['h row 1', 'mpo', 8], ['h row 11', 'mpo', 8]]);
    const panelPorts = plant.panels.reduce((n, p) => n + p.ports, 0);
    expect(panelPorts).toBe(short.cables * short.plant.connections + long.cables * long.plant.connections);
  });

  it('takes a run whose cord is exactly the threshold as a cord, one stocked length under it through the panels', () => {
    const at = (directCordMaxM: number) => kinds(analyzeDesign(design(nodes, links, { directCordMaxM })).linkById.get('short')!.segments);
    expect(at(10)).toEqual(['cord']);
    expect(at(9.9)).toEqual(['cord', 'panel', 'trunk', 'panel', 'cord']);
  });

  it("keeps a group's own channel and its connections override whatever the length", () => {
    const own = [{ kind: 'cord' }, { kind: 'panel', at: 'row' }, { kind: 'trunk' }, { kind: 'panel', at: 'row' }, { kind: 'cord' }] as const;
    const d = design(nodes, [linkGroup('own', 'leaf', 'near', 8, '400g-dr4', { channel: own }), linkGroup('counted', 'leaf', 'near', 8, '400g-dr4', { connections: 3 })], { directCordMaxM: 30 });
    const r = analyzeDesign(d);
    expect(kinds(r.linkById.get('own')!.segments)).toEqual(['cord', 'panel', 'trunk', 'panel', 'cord']);
    expect(kinds(r.linkById.get('counted')!.segments)).toEqual(['cord']);
    expect(r.linkById.get('counted')!.plant.connections).toBe(3);
  });

  it("uses the design's own same-hall chain above the threshold (cassettes: four pairs for a duplex optic)", () => {
    const cassettes = [{ kind: 'cord' }, { kind: 'cassette', at: 'row' }, { kind: 'trunk' }, { kind: 'cassette', at: 'row' }, { kind: 'cord' }] as const;
    const d = design(nodes, [linkGroup('short', 'leaf', 'near', 4, '400g-fr4'), linkGroup('long', 'leaf', 'far', 4, '400g-fr4')], { directCordMaxM: 30, channels: { sameHall: cassettes } });
    const r = analyzeDesign(d);
    expect(kinds(r.linkById.get('short')!.segments)).toEqual(['cord']);
    expect(r.linkById.get('long')!.plant.connectors.map((c) => c.type)).toEqual(['lc', 'mpo', 'lc', 'mpo']);
  });

  it('is off in a file that does not set it: every same-hall run keeps its two row panels (DOMAIN.md: same hall 2)', () => {
    const file = { format: 'fabric-designer', version: 1, name: 'old', nodes, links };
    const parsed = parseDesign(JSON.stringify(file));
    if (!parsed.ok) throw new Error('must parse');
    expect(parsed.design.settings.directCordMaxM).toBe(0);
    const r = analyzeDesign(parsed.design);
    expect(r.linkById.get('short')!.plant.connections).toBe(2);
    expect(r.linkById.get('long')!.plant.connections).toBe(2);
  });
});
