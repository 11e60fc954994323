import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addLinks, removeLinks, removeNodes, setUnitPrice, updateLink, updateNode, updateSettings } from '../edit/designEdits.ts';
import { parseDesign } from '../format/parseDesign.ts';
import { generateFabric } from '../generator/generateFabric.ts';
import type { FabricParams } from '../generator/params.ts';
import type { Design, LinkGroup } from '../model/design.ts';
import { analyzeDesign, type Analysis } from './analyzeDesign.ts';

function generated(params: FabricParams): Design {
  const result = generateFabric(params);
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.design;
}

/** Every object new, so no per-object result of an earlier analysis can be reused: a cold analysis. */
const cold = (design: Design): Analysis => analyzeDesign(JSON.parse(JSON.stringify(design)) as Design);

/** What an analysis says, as plain data (maps as entry lists, runs by what they are). */
function said(a: Analysis) {
  return {
    linkIds: [...a.linkById.keys()],
    cages: [...a.sites.keys()].map((id) => [0, 1, 2].map((group) => a.cagesInUse(id, group))),
    summary: a.summary,
    bom: a.bom,
    bandwidth: a.bandwidth,
    findings: a.findings,
    links: a.links.map((v) => ({
      ...v,
      cablesByLengthM: [...v.cablesByLengthM],
      runCounts: [...v.runCounts].map(([run, n]) => [run.path, run.lengthM, run.segments, n]),
    })),
  };
}

describe('re-analysis after one link-group edit on the ~100k-GPU generated design', () => {
  // the bench's largest design: 12,800 DGX H100, SN5600 at 128 x 400G, 3 tiers, 4 halls
  const design = generated({ template: 'rail-optimized', servers: 12800, serverModel: 'dgx-h100', switchModel: 'sn5600', tiers: 3, halls: 4 });
  const allLinks = design.links.reduce((n, l) => n + l.count, 0);
  const first = cold(design);
  const before = analyzeDesign(design);
  const target = design.links[Math.floor(design.links.length / 2)]!;
  const edited = updateLink(design, target.id, { count: target.count / 2 });
  const after = analyzeDesign(edited);

  it('a cold analysis visits every group and every link, and adds every group part and node load to the totals', () => {
    const endNodes = new Set(design.links.flatMap((l) => [l.a, l.b]));
    expect(first.stats.groupsVisited).toBe(design.links.length);
    expect(first.stats.linksVisited).toBe(allLinks);
    expect(first.stats.partsReaggregated).toBe(design.links.length + endNodes.size);
    expect(allLinks).toBeGreaterThan(300_000);
    expect(design.links.length).toBe(425);
  });

  it("visits only the edited group's links, recounts only its two end nodes, and moves the totals by their old and new parts", () => {
    // 2 group parts (old, new) and 2 x 2 node loads, instead of 425 group parts and 500-odd loads
    expect(after.stats).toEqual({ groupsVisited: 1, linksVisited: target.count / 2, nodesRecounted: 2, partsReaggregated: 6 });
  });

  it('gives what a cold analysis of the edited design gives', () => {
    expect(said(after)).toEqual(said(cold(edited)));
    expect(after.summary.links).toBe(before.summary.links - target.count / 2);
  }, 60_000);

  it('deleting a switch group takes back only its link groups and the loads where they land, and undo puts them back the same way', () => {
    const spine = design.nodes.find((n) => n.kind === 'switch' && n.role === 'spine')!;
    const gone = design.links.filter((l) => l.a === spine.id || l.b === spine.id);
    const ends = new Set(gone.flatMap((l) => [l.a, l.b]));
    // its link groups stand here and there in the list, not in one stretch
    expect(design.links.indexOf(gone.at(-1)!) - design.links.indexOf(gone[0]!)).toBeGreaterThan(10 * gone.length);
    analyzeDesign(design);
    const deleted = removeNodes(design, [spine.id]);
    const afterDelete = analyzeDesign(deleted);
    // each group's part, and each end node's old and new load: not the 400-odd parts between its first and last group
    expect(afterDelete.stats.partsReaggregated).toBeLessThanOrEqual(gone.length + 2 * ends.size);
    expect(said(afterDelete)).toEqual(said(cold(deleted)));
    // undo gives the same links back in their places, in a new design object
    const undone = analyzeDesign({ ...deleted, nodes: design.nodes, links: design.links });
    expect(undone.stats.groupsVisited).toBe(0);
    expect(undone.stats.partsReaggregated).toBeLessThanOrEqual(gone.length + 2 * ends.size);
    expect(said(undone)).toEqual(said(before));
  }, 60_000);

  it('visits nothing when the edit is undone (the design before it comes back)', () => {
    const undone = analyzeDesign({ ...design });
    expect(undone.stats.groupsVisited).toBe(0);
    expect(undone.stats.linksVisited).toBe(0);
    expect(said(undone)).toEqual(said(before));
  }, 60_000);
});

const seed = parseDesign(readFileSync(new URL('../../../public/examples/two-building-lr4.fabric.json', import.meta.url), 'utf8'));
if (!seed.ok) throw new Error('seed must parse');

type Edit = (d: Design, pick: number, history: readonly Design[]) => Design;

/** An edit of the link `pick` chooses (none when no link is left). */
const linkEdit =
  (edit: (d: Design, l: LinkGroup, pick: number) => Design): Edit =>
  (d, pick) =>
    d.links.length === 0 ? d : edit(d, d.links[pick % d.links.length]!, pick);
const endpoints = (d: Design) => d.nodes.filter((n) => n.kind === 'rack' || n.kind === 'switch');

/** Edits the editor makes, each choosing its subject by `pick`; `history` holds the designs before (for undo). */
const EDITS: Record<string, Edit> = {
  count: linkEdit((d, l, pick) => updateLink(d, l.id, { count: Math.max(1, l.count + ((pick % 5) - 2) * 4) })),
  // more links than the ports take: ports-exhausted findings come and go
  overfill: linkEdit((d, l) => updateLink(d, l.id, { count: l.count * 6 })),
  label: linkEdit((d, l, pick) => updateLink(d, l.id, { label: `edit ${pick}` })),
  // an end's port group moves its modules and cages to another group (or names one the model lacks)
  ports: linkEdit((d, l, pick) => updateLink(d, l.id, { portsA: ['storage+inband', 'compute', undefined, 'no-such-ports'][pick % 4] })),
  optic: linkEdit((d, l, pick) => updateLink(d, l.id, { optic: ['400g-dr4', '400g-sr4', '400g-fr4', '800g-2xdr4'][pick % 4]! })),
  reconnect: linkEdit((d, l, pick) => {
    const others = endpoints(d).filter((n) => n.id !== l.a);
    return others.length > 0 ? updateLink(d, l.id, { b: others[pick % others.length]!.id }) : d;
  }),
  remove: linkEdit((d, l) => removeLinks(d, [l.id])),
  duplicate: linkEdit((d, l, pick) => addLinks(d, [{ ...l, id: `${l.id}-copy-${pick}-${d.links.length}` }])),
  // a link put back where it stood (what undoing a delete does), not at the end
  insertMiddle: linkEdit((d, l, pick) => {
    const at = pick % (d.links.length + 1);
    return { ...d, links: [...d.links.slice(0, at), { ...l, id: `${l.id}-mid-${pick}-${d.links.length}` }, ...d.links.slice(at)] };
  }),
  moveRack: (d, pick) => {
    const racks = d.nodes.filter((n) => n.kind === 'rack');
    const r = racks[pick % racks.length]!;
    return r.kind === 'rack' ? updateNode(d, r.id, { floor: { row: r.floor.row + (pick % 3), slot: r.floor.slot + 1 } }) : d;
  },
  // links taken out here and there, and put back where they stood (deleting a switch group, undoing it)
  removeScattered: (d, pick) => removeLinks(d, d.links.filter((_, i) => i % (2 + (pick % 3)) === 0).map((l) => l.id)),
  putBack: (d, _pick, history) => {
    const before = history.at(-1);
    if (!before) return d;
    const kept = new Set(d.links);
    const ids = new Set(d.links.map((l) => l.id));
    return { ...d, links: before.links.filter((l) => kept.has(l) || !ids.has(l.id)) };
  },
  removeNode: (d, pick) => (endpoints(d).length > 2 ? removeNodes(d, [endpoints(d)[pick % endpoints(d).length]!.id]) : d),
  renameHall: (d, pick) => {
    const halls = d.nodes.filter((n) => n.kind === 'hall');
    return updateNode(d, halls[pick % halls.length]!.id, { name: `Hall ${pick}` });
  },
  price: linkEdit((d, l, pick) => setUnitPrice(d, l.optic, pick % 7 === 0 ? null : 100 + pick)),
  slack: (d, pick) => updateSettings(d, { slackPercent: pick % 20 }),
  // undo and redo give back design objects analyzed before
  undo: (d, pick, history) => (history.length > 0 ? history[pick % history.length]! : d),
};

/** Edits that change one link group in place: the totals move by its parts and its two end nodes' loads. */
const ONE_GROUP = new Set(['count', 'overfill', 'label', 'ports', 'optic']);

describe('incremental and cold analysis agree after any sequence of edits', () => {
  const designs = [seed.design, generated({ template: 'rail-optimized', servers: 128, serverModel: 'dgx-h100', switchModel: 'qm9700' })];

  it('gives the same verdicts, findings, capacity and BOM as a cold analysis at every step, and earlier results stay as they were', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...designs),
        fc.array(fc.tuple(fc.constantFrom(...Object.keys(EDITS)), fc.nat(1000)), { minLength: 1, maxLength: 8 }),
        (start, steps) => {
          let design = start;
          const history: Design[] = [];
          const results: [Analysis, string][] = [];
          const first = analyzeDesign(design);
          results.push([first, JSON.stringify(said(first))]);
          for (const [name, pick] of steps) {
            const next = EDITS[name]!(design, pick, history);
            const warm = analyzeDesign(next);
            expect(said(warm)).toEqual(said(cold(next)));
            if (ONE_GROUP.has(name)) expect(warm.stats.partsReaggregated).toBeLessThanOrEqual(6);
            results.push([warm, JSON.stringify(said(warm))]);
            history.push(design);
            design = next;
          }
          for (const [analysis, json] of results) expect(JSON.stringify(said(analysis))).toBe(json);
        },
      ),
      { numRuns: 60 },
    );
  }, 240_000);
});
