/**
 * Everything the connect dialog shows for a new link group between two nodes: which end is A, the
 * run the engine measures for them, the optics ranked for that run, and for each optic the count
 * the free ports allow.
 */
import type { Analysis } from '../../domain/engine/analyzeDesign.ts';
import type { CableRun } from '../../domain/engine/cableLength.ts';
import { indexNodes, type Site } from '../../domain/engine/placement.ts';
import { rankOptics, type OpticOption } from '../../domain/engine/rankOptics.ts';
import type { Design, DesignNode, NodeId } from '../../domain/model/design.ts';
import { defaultLinkCount, freeLinks } from './freePorts.ts';
import { measureRun } from './measureRun.ts';

export interface DraftOption extends OpticOption {
  /** Links both ends' free ports allow for this optic. */
  readonly freeA: number;
  readonly freeB: number;
  readonly defaultCount: number;
}

export interface LinkDraft {
  readonly a: DesignNode;
  readonly b: DesignNode;
  readonly siteA: Site;
  readonly siteB: Site;
  readonly run: CableRun;
  readonly options: readonly DraftOption[];
}

const TIER = { leaf: 1, spine: 2, core: 3, border: 3, management: 0 } as const;

/** Lower tier first: servers, then leaves, spines and cores (the engine spreads end A in blocks, end B round robin). */
export function orient(x: DesignNode, y: DesignNode): [DesignNode, DesignNode] {
  const tier = (n: DesignNode) => (n.kind === 'rack' ? 0 : n.kind === 'switch' ? TIER[n.role] : 9);
  return tier(y) < tier(x) ? [y, x] : [x, y];
}

export function linkDraft(design: Design, analysis: Analysis, first: NodeId, second: NodeId): LinkDraft | null {
  const nodes = indexNodes(design);
  const x = nodes.get(first);
  const y = nodes.get(second);
  if (!x || !y) return null;
  const [a, b] = orient(x, y);
  const siteA = analysis.sites.get(a.id);
  const siteB = analysis.sites.get(b.id);
  if (!siteA?.model || !siteB?.model) return null;
  const run = measureRun(siteA, siteB, design.settings, nodes);
  const ranked = rankOptics({ modelA: siteA.model, modelB: siteB.model, lengthM: run.lengthM, path: run.path, segments: run.segments }, analysis.catalog, design.settings);
  const options = ranked.map((o): DraftOption => {
    const freeA = freeLinks(analysis, a.id, siteA, o.optic);
    const freeB = freeLinks(analysis, b.id, siteB, o.optic);
    return { ...o, freeA, freeB, defaultCount: defaultLinkCount(freeA, freeB, siteA.devices, siteB.devices) };
  });
  return { a, b, siteA, siteB, run, options };
}
