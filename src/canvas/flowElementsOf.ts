/** The canvas's nodes and edges for a design, derived once per design object (like its analysis). */
import type { Design, NodeId } from '../domain/model/design.ts';
import { analysisOf } from '../store/useAnalysis.ts';
import { autoLayout, type Box } from './autoLayout.ts';
import type { Rect } from './edgeGeometry.ts';
import type { FabricFlowNode, LinkGroupFlowEdge } from './flowTypes.ts';
import { absoluteRects, toFlowEdges } from './toFlowEdges.ts';
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
  let found = elements.get(design);
  if (!found) {
    const analysis = analysisOf(design);
    const boxes = autoLayout(design);
    found = {
      nodes: toFlowNodes(design.nodes, boxes, analysis.catalog, design.settings),
      edges: toFlowEdges(design, analysis, boxes),
      boxes,
      rects: absoluteRects(boxes),
    };
    elements.set(design, found);
  }
  return found;
}
