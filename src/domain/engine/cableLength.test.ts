import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../model/defaultSettings.ts';
import { building, design, gpuRacks, hall, networkRack, switches } from '../testing/designBuilder.ts';
import { cableRun, type CableRun } from './cableLength.ts';
import { indexNodes, siteOf, type EndpointNode } from './placement.ts';
import { orderLengthM } from './stockedLengths.ts';

const d = design(
  [
  building('ba', 0, 0),
  hall('ha1', 'ba', 20, 0),
  hall('ha2', 'ba', 120, 40),
  gpuRacks('gpu', 'ha1', { row: 0, slot: 2 }, 'dgx-h100', 4, 3),
  networkRack('net', 'ha1', { row: 2, slot: 0 }),
  switches('leaf', 'net', 'generic-25t6-64x400g-qsfpdd', 'leaf', 2),
  switches('spine2', 'ha2', 'generic-25t6-64x400g-qsfpdd', 'spine', 1, { row: 1, slot: 5 }),
  building('bb', 1500, 800),
  hall('hb', 'bb', 10, 10),
  switches('spineb', 'hb', 'generic-25t6-64x400g-qsfpdd', 'spine', 1, { row: 0, slot: 0 }),
  ],
  [],
);
const nodes = indexNodes(d);
const end = (id: string, rackMember = 0) => ({ site: siteOf(nodes.get(id) as EndpointNode, nodes)!, rackMember });
const terms = (run: CableRun) => run.terms.map((t) => [t.kind, t.end ?? '', t.lengthM]);
const lengths = (run: CableRun) => run.segments.map((s) => [s.kind, 'lengthM' in s ? s.lengthM : 0]);

describe('cable length from placement', () => {
  it('same rack: one in-rack patch, no risers', () => {
    const tor = design([building('b'), hall('h', 'b'), gpuRacks('r', 'h', { row: 0, slot: 0 }), switches('t', 'r', 'generic-25t6-64x400g-qsfpdd', 'leaf')], []);
    const n = indexNodes(tor);
    const run = cableRun({ site: siteOf(n.get('r') as EndpointNode, n)!, rackMember: 0 }, { site: siteOf(n.get('t') as EndpointNode, n)!, rackMember: 0 }, DEFAULT_SETTINGS, n);
    expect(run.path).toBe('same-rack');
    expect(run.lengthM).toBe(5); // 3 m + 10 % = 3.3 m -> 5 m cord
    expect(run.segments.map((s) => s.kind)).toEqual(['cord']);
  });

  it('same hall: cord, row panel, trunk, row panel, cord; slack on the cords, service loops on the trunk', () => {
    // rack 3 of the group stands at slot 4: |4 - 0| x 0.6 + |0 - 2| x 3 = 8.4 m across the floor.
    // cords: 3 m riser + 10 % = 3.3 -> 5 m stocked; trunk: 8.4 + 2 x 3 m loops = 14.4 -> 15 m
    const run = cableRun(end('gpu', 2), end('leaf'), DEFAULT_SETTINGS, nodes);
    expect(run.path).toBe('same-hall');
    expect(terms(run)).toEqual([
      ['riser', 'a', 3],
      ['floor', '', 8.4],
      ['riser', 'b', 3],
      ['slack', '', 0.6],
      ['service-loop', '', 6],
      ['stock-rounding', '', 4],
    ]);
    expect(lengths(run)).toEqual([['cord', 5], ['panel', 0], ['trunk', 15], ['panel', 0], ['cord', 5]]);
    expect(run.lengthM).toBe(25);
  });

  it('cross hall: a trunk from each row panel to its hall panel and one between the halls', () => {
    // a: slot 0 row 2 -> 6 m to entry; halls (20,0)->(120,40) = 140 m; b: slot 5 row 1 -> 3 + 3 = 6 m
    const run = cableRun(end('leaf'), end('spine2'), DEFAULT_SETTINGS, nodes);
    expect(run.path).toBe('cross-hall');
    expect(terms(run).slice(0, 5)).toEqual([
      ['riser', 'a', 3],
      ['to-hall-entry', 'a', 6],
      ['hall-to-hall', '', 140],
      ['to-hall-entry', 'b', 6],
      ['riser', 'b', 3],
    ]);
    expect(lengths(run).filter(([k]) => k !== 'panel')).toEqual([['cord', 5], ['trunk', 12], ['trunk', 146], ['trunk', 12], ['cord', 5]]);
    expect(run.lengthM).toBe(5 + 12 + 146 + 12 + 5);
  });

  it('cross building: the campus route is an outside-plant trunk with its loops, not a cord with 10 % slack', () => {
    const route = Math.hypot(1500, 800) * 1.3; // 2210.43 m
    const run = cableRun(end('leaf'), end('spineb'), DEFAULT_SETTINGS, nodes);
    expect(run.path).toBe('cross-building');
    const byKind = Object.fromEntries(run.terms.map((t) => [`${t.kind}${t.end ?? ''}`, t.lengthM]));
    expect(byKind['campus-route']).toBeCloseTo(route, 2);
    expect(byKind['to-building-entrya']).toBe(20);
    expect(byKind['to-building-entryb']).toBe(20);
    const osp = run.segments.find((s) => s.kind === 'osp-trunk');
    expect(osp && 'lengthM' in osp ? osp.lengthM : null).toBe(Math.ceil(route + 6));
    // cords 5 + 5, trunks row-hall 6+6 and 0+6, hall-building 20+6 twice
    expect(run.lengthM).toBe(5 + 12 + 26 + Math.ceil(route + 6) + 26 + 6 + 5);
  });

  it('a 2 km campus route is checked as the route plus loops and cords, not as 2.2 km', () => {
    const settings = { ...DEFAULT_SETTINGS, campusRoutes: [{ a: 'ba', b: 'bb', lengthM: 2000 }] };
    const run = cableRun(end('leaf'), end('spineb'), settings, nodes);
    const osp = run.segments.find((s) => s.kind === 'osp-trunk');
    expect(osp && 'lengthM' in osp ? [osp.pathM, osp.addedM, osp.lengthM] : null).toEqual([2000, 6, 2006]);
    expect(run.lengthM).toBe(5 + 12 + 26 + 2006 + 26 + 6 + 5);
    expect(run.lengthM).toBeLessThan(2100);
  });

  it('a template that does not fit the path falls back to one direct cord and says why', () => {
    const settings = { ...DEFAULT_SETTINGS, channels: { sameHall: [{ kind: 'cord' }, { kind: 'panel', at: 'building' }, { kind: 'cord' }] as const } };
    const run = cableRun(end('gpu', 2), end('leaf'), settings, nodes);
    expect(run.channelProblem).toMatch(/no building place/);
    expect(lengths(run)).toEqual([['cord', 20]]); // 14.4 m + 10 % = 15.84 -> 20 m
  });

  it('a length override is split: cords keep their lengths, trunks take the rest, no slack or loops', () => {
    const run = cableRun(end('gpu', 2), end('leaf'), DEFAULT_SETTINGS, nodes, { overrideM: 40 });
    expect(lengths(run)).toEqual([['cord', 3], ['panel', 0], ['trunk', 34], ['panel', 0], ['cord', 3]]);
    expect(run.lengthM).toBe(40);
  });

  it('an explicit campus route wins over the straight line', () => {
    const settings = { ...DEFAULT_SETTINGS, campusRoutes: [{ a: 'bb', b: 'ba', lengthM: 3000 }] };
    const run = cableRun(end('leaf'), end('spineb'), settings, nodes);
    expect(run.terms.find((t) => t.kind === 'campus-route')?.lengthM).toBe(3000);
  });
});

describe('order lengths', () => {
  it.each([
    [0.4, 1], [1, 1], [3.3, 5], [13.2, 15], [99.5, 100], [100.2, 101], [2541.1, 2542],
  ])('%s m is ordered as %s m', (run, ordered) => {
    expect(orderLengthM(run)).toBe(ordered);
  });
});
