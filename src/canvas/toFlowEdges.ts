/** Link groups to React Flow edges: one edge per group, labelled with count, optic, length and verdict. */
import type { Catalog } from '../domain/catalog/catalog.ts';
import type { Analysis } from '../domain/engine/analyzeDesign.ts';
import type { LinkVerdict } from '../domain/engine/linkVerdict.ts';
import type { Design, DesignNode, LinkGroup, NodeId } from '../domain/model/design.ts';
import { placedNodes } from '../domain/engine/placedNodes.ts';
import { formatCount, formatLength } from '../ui/format.ts';
import { STATUS_WORD } from '../ui/statusWords.ts';
import type { Box } from './layoutBox.ts';
import { BUILDING, HALL, RACK } from './layoutSizes.ts';
import { sameRect, type Rect } from './edgeGeometry.ts';
import type { LinkGroupFlowEdge } from './flowTypes.ts';
import { EDGE_Z } from './stacking.ts';
import { estimateLabelWidth, routeLinksInSteps, type Obstacles, type Routing } from './routeLinks.ts';
import { runToEnd, type Steps } from './steps.ts';

const TITLE_HEIGHT: Record<DesignNode['kind'], number> = { building: BUILDING.header, hall: HALL.header, rack: RACK.header, switch: 0 };
/** Bow between parallel link groups joining the same two nodes. */
const LANE_BEND = 26;
/** Each link group's edge, with the end nodes its name was made from. */
const previous = new WeakMap<LinkGroup, { edge: LinkGroupFlowEdge; a: DesignNode | undefined; b: DesignNode | undefined }>();
const labels = new WeakMap<LinkGroup, { verdict: LinkVerdict; catalog: Catalog; text: string; labelWidth: number }>();
const titleRects = new WeakMap<Rect, Rect>();
const obstaclesMade = new WeakMap<ReadonlyMap<NodeId, Rect>, { nodes: readonly DesignNode[]; obstacles: Obstacles }>();

export function toFlowEdges(design: Design, analysis: Analysis, boxes: ReadonlyMap<NodeId, Box>): LinkGroupFlowEdge[] {
  return runToEnd(toFlowEdgesInSteps(design, analysis, boxes, absoluteRects(boxes))).edges;
}

/**
 * toFlowEdges, pausing between the link groups it routes; `previous` is the last routing, which
 * this one starts from (routeLinks.ts), so an edit re-routes only the runs it moved.
 */
export function* toFlowEdgesInSteps(
  design: Design,
  analysis: Analysis,
  boxes: ReadonlyMap<NodeId, Box>,
  rects: ReadonlyMap<NodeId, Rect>,
  previousRouting?: Routing,
): Steps<{ edges: LinkGroupFlowEdge[]; routing: Routing }> {
  const nodes = placedNodes(design).nodes;
  const lanes = laneBends(design);
  const drawn = design.links.flatMap((link) => {
    const verdict = analysis.linkById.get(link.id);
    const source = rects.get(link.a);
    const target = rects.get(link.b);
    if (!verdict || !source || !target) return [];
    const { text, labelWidth } = labelOf(link, verdict, analysis.catalog);
    return [{ link, verdict, text, request: { id: link.id, source, target, baseBend: lanes.get(link.id) ?? 0, labelWidth } }];
  });
  const routing = yield* routeLinksInSteps(drawn.map((d) => d.request), obstaclesOf(rects, boxes, design.nodes, nodes), previousRouting);
  const edges = drawn.map(({ link, verdict, text }) => {
    const made = previous.get(link);
    const { bend = 0, labelT = 0.5 } = routing.routes.get(link.id) ?? {};
    const [a, b] = [nodes.get(link.a), nodes.get(link.b)];
    const data = made?.edge.data;
    const sameData = data?.status === verdict.status && data.text === text && data.bend === bend && data.labelT === labelT;
    // its ends the same node objects: the same name, so the same edge (no label string built)
    if (made && sameData && made.a === a && made.b === b) return made.edge;
    const ariaLabel = `Link group ${text} from ${a?.name ?? link.a} to ${b?.name ?? link.b}: ${STATUS_WORD[verdict.status]}`;
    if (made && sameData && made.edge.ariaLabel === ariaLabel) {
      previous.set(link, { edge: made.edge, a, b });
      return made.edge;
    }
    const edge: LinkGroupFlowEdge = {
      id: link.id,
      source: link.a,
      target: link.b,
      type: 'linkGroup',
      zIndex: EDGE_Z,
      // the run draws only its data: renaming an end changes the edge's name, not what it draws
      data: sameData ? data : { status: verdict.status, text, bend, labelT },
      ariaLabel,
    };
    previous.set(link, { edge, a, b });
    return edge;
  });
  return { edges, routing };
}

/** A link group's label text and width, kept while the group, its verdict and the catalog are the same objects. */
function labelOf(link: LinkGroup, verdict: LinkVerdict, catalog: Catalog): { text: string; labelWidth: number } {
  const known = labels.get(link);
  if (known?.verdict === verdict && known.catalog === catalog) return known;
  const optic = (id: string) => catalog.optics[id]?.name ?? id;
  const optics = link.opticB && link.opticB !== link.optic ? `${optic(link.optic)} → ${optic(link.opticB)}` : optic(link.optic);
  const text = `${formatCount(link.count)} × ${optics} · ${formatLength(verdict.lengthM)}`;
  const made = { verdict, catalog, text, labelWidth: estimateLabelWidth(text) };
  labels.set(link, made);
  return made;
}

/** The previous routing's obstacles when the canvas rectangles and the nodes are the same objects (titles depend on names). */
function obstaclesOf(rects: ReadonlyMap<NodeId, Rect>, boxes: ReadonlyMap<NodeId, Box>, designNodes: readonly DesignNode[], nodes: ReadonlyMap<NodeId, DesignNode>): Obstacles {
  const known = obstaclesMade.get(rects);
  if (known?.nodes === designNodes) return known.obstacles;
  const made = obstacles(rects, boxes, nodes);
  obstaclesMade.set(rects, { nodes: designNodes, obstacles: made });
  return made;
}

function obstacles(rects: ReadonlyMap<NodeId, Rect>, boxes: ReadonlyMap<NodeId, Box>, nodes: ReadonlyMap<NodeId, DesignNode>): Obstacles {
  const holders = new Set([...boxes.values()].map((b) => b.parentId));
  const cards: Rect[] = [];
  const titles: Rect[] = [];
  const rackTitles: Rect[] = [];
  for (const [id, rect] of rects) {
    const node = nodes.get(id);
    if (!node) continue;
    if (!holders.has(id)) cards.push(rect);
    else if (node.kind === 'rack') rackTitles.push(titleOf(rect, rect.width, RACK.header));
    else titles.push(titleOf(rect, Math.min(rect.width, titleTextWidth(node)), TITLE_HEIGHT[node.kind]));
  }
  return { cards, titles, rackTitles };
}

/** A title's rectangle at the top of a container's, the same object while it is the same (the router compares obstacles by identity). */
function titleOf(rect: Rect, width: number, height: number): Rect {
  const known = titleRects.get(rect);
  if (known?.width === width && known.height === height) return known;
  const title = { x: rect.x, y: rect.y, width, height };
  titleRects.set(rect, title);
  return title;
}

/** Padding, the small-caps kind word and the name at 13–14 px. */
function titleTextWidth(node: DesignNode): number {
  return 40 + 8 * node.kind.length + 8.5 * node.name.length;
}

/** Canvas rectangles in flow coordinates (boxes are relative to their container); a rectangle equal to one of the `previous` layout is that object. */
export function absoluteRects(boxes: ReadonlyMap<NodeId, Box>, previous?: { readonly boxes: ReadonlyMap<NodeId, Box>; readonly rects: ReadonlyMap<NodeId, Rect> }): Map<NodeId, Rect> {
  const rects = new Map<NodeId, Rect>();
  const resolve = (id: NodeId): Rect | undefined => {
    const known = rects.get(id);
    if (known) return known;
    const box = boxes.get(id);
    if (!box) return undefined;
    const parent = box.parentId ? resolve(box.parentId) : undefined;
    const before = previous?.rects.get(id);
    // the same box in the same container: the same rectangle, nothing to work out
    if (before && previous!.boxes.get(id) === box && (!box.parentId || parent === previous!.rects.get(box.parentId))) {
      rects.set(id, before);
      return before;
    }
    const rect = { x: box.x + (parent?.x ?? 0), y: box.y + (parent?.y ?? 0), width: box.width, height: box.height };
    const kept = before && sameRect(before, rect) ? before : rect;
    rects.set(id, kept);
    return kept;
  };
  for (const id of boxes.keys()) resolve(id);
  return rects;
}

/** Parallel link groups between the same two nodes fan out side by side. */
function laneBends(design: Design): Map<string, number> {
  const byPair = new Map<string, string[]>();
  for (const link of design.links) {
    const key = link.a < link.b ? `${link.a}\u0000${link.b}` : `${link.b}\u0000${link.a}`;
    const ids = byPair.get(key);
    if (ids) ids.push(link.id);
    else byPair.set(key, [link.id]);
  }
  const bends = new Map<string, number>();
  const reversed = new Set(design.links.filter((l) => l.a > l.b).map((l) => l.id));
  for (const ids of byPair.values()) {
    // a bend is measured to the left of source -> target, so groups drawn b -> a bend the other way
    ids.forEach((id, i) => bends.set(id, (i - (ids.length - 1) / 2) * LANE_BEND * (reversed.has(id) ? -1 : 1)));
  }
  return bends;
}
