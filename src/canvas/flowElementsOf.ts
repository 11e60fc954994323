/** The canvas's nodes and edges for a design, derived once per design object (like its analysis). */
import type { Design } from '../domain/model/design.ts';
import { analysisOf } from '../store/useAnalysis.ts';
import { autoLayout } from './autoLayout.ts';
import type { FabricFlowNode, LinkGroupFlowEdge } from './flowTypes.ts';
import { toFlowEdges } from './toFlowEdges.ts';
import { toFlowNodes } from './toFlowNodes.ts';

export interface FlowElements {
  readonly nodes: FabricFlowNode[];
  readonly edges: LinkGroupFlowEdge[];
}

const elements = new WeakMap<Design, FlowElements>();

export function flowElementsOf(design: Design): FlowElements {
  let found = elements.get(design);
  if (!found) {
    const analysis = analysisOf(design);
    const boxes = autoLayout(design);
    found = { nodes: toFlowNodes(design.nodes, boxes, analysis.catalog), edges: toFlowEdges(design, analysis, boxes) };
    elements.set(design, found);
  }
  return found;
}
