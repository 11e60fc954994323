/**
 * The canvas's nodes and edges for a design, derived once per design object (like its analysis).
 * Each derivation starts from the last one: the layout and the node list are kept while the nodes,
 * the saved layout, the catalog and the settings are the same objects (a link edit), and the runs
 * are re-routed only where something moved (routeLinks.ts), so an edit costs what it changed.
 */
import type { Design, NodeId } from '../domain/model/design.ts';
import { analysisOf } from '../store/useAnalysis.ts';
import { layoutFrom } from './autoLayout.ts';
import type { Box } from './layoutBox.ts';
import type { Rect } from './edgeGeometry.ts';
import type { FabricFlowNode, LinkGroupFlowEdge } from './flowTypes.ts';
import type { Routing } from './routeLinks.ts';
import { runToEnd, type Steps } from './steps.ts';
import { absoluteRects, toFlowEdgesInSteps } from './toFlowEdges.ts';
import { toFlowNodes } from './toFlowNodes.ts';

export interface FlowElements {
  readonly nodes: FabricFlowNode[];
  readonly edges: LinkGroupFlowEdge[];
  /** Each node's box, relative to its container. */
  readonly boxes: ReadonlyMap<NodeId, Box>;
  /** Each node's rectangle in canvas coordinates. */
  readonly rects: ReadonlyMap<NodeId, Rect>;
  /** How the runs were routed, kept so the next derivation routes only what changed. */
  readonly routing: Routing;
  /** Halls laid out afresh for this derivation (the tests count them). */
  readonly hallsLaidOut: number;
}

/** A derivation with the design it was made for. */
interface Derived {
  readonly design: Design;
  readonly elements: FlowElements;
}

const elements = new WeakMap<Design, FlowElements>();
/** The last derivation: the next one starts from it, whatever design it was for (what is reused is checked). */
let latest: Derived | undefined;

export function flowElementsOf(design: Design): FlowElements {
  return elements.get(design) ?? runToEnd(flowElementsInSteps(design));
}

/**
 * flowElementsOf, pausing between the link groups it routes (io/prepareView.ts derives a big
 * design's elements this way before opening it); the result is kept like flowElementsOf's.
 */
export function* flowElementsInSteps(design: Design): Steps<FlowElements> {
  const known = elements.get(design);
  if (known) return known;
  const analysis = analysisOf(design);
  const before = latest;
  const { boxes, rects, hallsLaidOut } = layoutOf(design, before);
  const sameNodes = before && before.elements.boxes === boxes && before.design.nodes === design.nodes && before.design.settings === design.settings && analysisOf(before.design).catalog === analysis.catalog;
  const nodes = sameNodes ? before.elements.nodes : toFlowNodes(design.nodes, boxes, analysis.catalog, design.settings);
  const { edges, routing } = yield* toFlowEdgesInSteps(design, analysis, boxes, rects, before?.elements.routing);
  const made: FlowElements = { nodes, edges, boxes, rects, routing, hallsLaidOut };
  elements.set(design, made);
  latest = { design, elements: made };
  return made;
}

/** The layout, as the same objects as before where it did not change (maps and every box and rectangle in them). */
function layoutOf(design: Design, before: Derived | undefined): Pick<FlowElements, 'boxes' | 'rects' | 'hallsLaidOut'> {
  if (before && before.design.nodes === design.nodes && before.design.layout === design.layout) return { ...before.elements, hallsLaidOut: 0 };
  const { boxes, hallsLaidOut } = layoutFrom(design, before?.elements.boxes);
  if (before && sameBoxes(before.elements.boxes, boxes)) return { ...before.elements, hallsLaidOut };
  return { boxes, rects: absoluteRects(boxes, before?.elements), hallsLaidOut };
}

/** Whether every box is the one before (layoutFrom keeps equal boxes as the same objects). */
function sameBoxes(p: ReadonlyMap<NodeId, Box>, q: ReadonlyMap<NodeId, Box>): boolean {
  if (p.size !== q.size) return false;
  for (const [id, box] of p) if (q.get(id) !== box) return false;
  return true;
}
