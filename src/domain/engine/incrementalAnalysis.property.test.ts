import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addLinks, removeLinks, updateLink, updateNode, updateSettings } from '../edit/designEdits.ts';
import { parseDesign } from '../format/parseDesign.ts';
import { generateFabric } from '../generator/generateFabric.ts';
import type { FabricParams } from '../generator/params.ts';
import type { Design } from '../model/design.ts';
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

  it('a cold analysis visits every group and every link', () => {
    expect(first.stats.groupsVisited).toBe(design.links.length);
    expect(first.stats.linksVisited).toBe(allLinks);
    expect(allLinks).toBeGreaterThan(300_000);
  });

  it("visits only the edited group's links and recounts only its two end nodes", () => {
    expect(after.stats).toEqual({ groupsVisited: 1, linksVisited: target.count / 2, nodesRecounted: 2 });
  });

  it('gives what a cold analysis of the edited design gives', () => {
    expect(said(after)).toEqual(said(cold(edited)));
    expect(after.summary.links).toBe(before.summary.links - target.count / 2);
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

type Edit = (d: Design, pick: number) => Design;

/** Edits the editor makes, each choosing its subject by `pick`. */
const EDITS: Record<string, Edit> = {
  count: (d, pick) => {
    const l = d.links[pick % d.links.length]!;
    return updateLink(d, l.id, { count: Math.max(1, l.count + ((pick % 5) - 2) * 4) });
  },
  label: (d, pick) => updateLink(d, d.links[pick % d.links.length]!.id, { label: `edit ${pick}` }),
  // an end's port group moves its modules and cages to another group (or names one the model lacks)
  ports: (d, pick) => updateLink(d, d.links[pick % d.links.length]!.id, { portsA: ['storage+inband', 'compute', undefined, 'no-such-ports'][pick % 4] }),
  remove: (d, pick) => (d.links.length > 1 ? removeLinks(d, [d.links[pick % d.links.length]!.id]) : d),
  duplicate: (d, pick) => {
    const l = d.links[pick % d.links.length]!;
    return addLinks(d, [{ ...l, id: `${l.id}-copy-${pick}-${d.links.length}` }]);
  },
  moveRack: (d, pick) => {
    const racks = d.nodes.filter((n) => n.kind === 'rack');
    const r = racks[pick % racks.length]!;
    return r.kind === 'rack' ? updateNode(d, r.id, { floor: { row: r.floor.row + (pick % 3), slot: r.floor.slot + 1 } }) : d;
  },
  renameHall: (d, pick) => {
    const halls = d.nodes.filter((n) => n.kind === 'hall');
    return updateNode(d, halls[pick % halls.length]!.id, { name: `Hall ${pick}` });
  },
  slack: (d, pick) => updateSettings(d, { slackPercent: pick % 20 }),
};

describe('incremental and cold analysis agree after any sequence of edits', () => {
  const designs = [seed.design, generated({ template: 'rail-optimized', servers: 128, serverModel: 'dgx-h100', switchModel: 'qm9700' })];

  it('gives the same verdicts, findings, capacity and BOM as a cold analysis at every step', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...designs),
        fc.array(fc.tuple(fc.constantFrom(...Object.keys(EDITS)), fc.nat(1000)), { minLength: 1, maxLength: 6 }),
        (start, steps) => {
          let design = start;
          analyzeDesign(design);
          for (const [name, pick] of steps) {
            const next = EDITS[name]!(design, pick);
            const warm = analyzeDesign(next);
            expect(said(warm)).toEqual(said(cold(next)));
            design = next;
          }
        },
      ),
      { numRuns: 30 },
    );
  }, 120_000);
});
