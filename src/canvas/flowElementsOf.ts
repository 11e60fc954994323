/** The canvas's nodes and edges for a design, derived once per design object (like its analysis). */
import type { Design, NodeId } from '../domain/model/design.ts';
import { analysisOf } from '../store/useAnalysis.ts';
import { autoLayout, type Box } from './autoLayout.ts';
import type { Rect } from './edgeGeometry.ts';
import type { FabricFlowNode, LinkGroupFlowEdge } from './flowTypes.ts';
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
}

const elements = new WeakMap<Design, FlowElements>();

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
  const boxes = autoLayout(design);
  const made: FlowElements = {
    nodes: toFlowNodes(design.nodes, boxes, analysis.catalog, design.settings),
    edges: yield* toFlowEdgesInSteps(design, analysis, boxes),
    boxes,
    rects: absoluteRects(boxes),
  };
  elements.set(design, made);
  return made;
}
