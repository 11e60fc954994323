/** fast-check generator of valid designs: buildings, halls, racks, switches and links that parse. */
import fc from 'fast-check';
import { DEFAULT_SETTINGS } from '../model/defaultSettings.ts';
import type { Design, DesignNode, LinkGroup } from '../model/design.ts';

const SERVER_MODELS = ['dgx-h100', 'dgx-b200', 'hgx-8gpu-400g'] as const;
const SWITCH_MODELS = ['qm9700', 'sn5600', 'generic-25t6-64x400g-qsfpdd'] as const;
const OPTICS = ['400g-dr4', '400g-fr4', '400g-lr4-10', '400g-sr8', '800g-2xdr4'] as const;

const text = fc.string({ maxLength: 24 });
const metres = fc.integer({ min: -5000, max: 5000 });
const floor = fc.record({ row: fc.integer({ min: 0, max: 40 }), slot: fc.integer({ min: 0, max: 40 }) });

export const arbitraryDesign: fc.Arbitrary<Design> = fc
  .record({
    name: text,
    buildings: fc.array(fc.record({ name: text, x: metres, y: metres }), { minLength: 1, maxLength: 3 }),
    halls: fc.array(fc.record({ building: fc.nat(), name: text, x: metres, y: metres }), { minLength: 1, maxLength: 4 }),
    racks: fc.array(
      fc.record({ hall: fc.nat(), name: text, floor, model: fc.constantFrom(...SERVER_MODELS), perRack: fc.integer({ min: 1, max: 8 }), quantity: fc.integer({ min: 1, max: 64 }) }),
      { minLength: 1, maxLength: 6 },
    ),
    switches: fc.array(
      fc.record({ hall: fc.nat(), name: text, floor, model: fc.constantFrom(...SWITCH_MODELS), role: fc.constantFrom('leaf', 'spine', 'core') as fc.Arbitrary<'leaf' | 'spine' | 'core'>, quantity: fc.integer({ min: 1, max: 32 }) }),
      { minLength: 1, maxLength: 6 },
    ),
    links: fc.array(
      fc.record({
        a: fc.nat(),
        b: fc.nat(),
        count: fc.integer({ min: 1, max: 4096 }),
        optic: fc.constantFrom(...OPTICS),
        lengthM: fc.option(fc.integer({ min: 1, max: 20000 }), { nil: undefined }),
        label: fc.option(text, { nil: undefined }),
      }),
      { maxLength: 8 },
    ),
    slackPercent: fc.integer({ min: 0, max: 30 }),
    layout: fc.boolean(),
  })
  .map((g): Design => {
    const nodes: DesignNode[] = [];
    g.buildings.forEach((b, i) => nodes.push({ id: `b${i}`, kind: 'building', name: b.name, campusM: { x: b.x, y: b.y } }));
    g.halls.forEach((h, i) => nodes.push({ id: `h${i}`, kind: 'hall', parent: `b${h.building % g.buildings.length}`, name: h.name, entryM: { x: h.x, y: h.y } }));
    g.racks.forEach((r, i) =>
      nodes.push({ id: `r${i}`, kind: 'rack', parent: `h${r.hall % g.halls.length}`, name: r.name, rackKind: 'gpu', floor: r.floor, contents: { model: r.model, perRack: r.perRack }, quantity: r.quantity }),
    );
    g.switches.forEach((s, i) =>
      nodes.push({ id: `s${i}`, kind: 'switch', parent: `h${s.hall % g.halls.length}`, name: s.name, model: s.model, role: s.role, floor: s.floor, quantity: s.quantity }),
    );
    const ends = [...g.racks.map((_, i) => `r${i}`), ...g.switches.map((_, i) => `s${i}`)];
    const links: LinkGroup[] = g.links
      .map((l, i) => ({ id: `l${i}`, a: ends[l.a % ends.length]!, b: ends[(l.a + 1 + (l.b % (ends.length - 1))) % ends.length]!, count: l.count, optic: l.optic, ...(l.lengthM ? { lengthM: l.lengthM } : {}), ...(l.label !== undefined ? { label: l.label } : {}) }));
    const layout = g.layout ? Object.fromEntries(nodes.map((n, i) => [n.id, { x: i * 10, y: i * 7 }])) : {};
    return { name: g.name, settings: { ...DEFAULT_SETTINGS, slackPercent: g.slackPercent }, nodes, links, catalog: {}, prices: {}, layout };
  });
