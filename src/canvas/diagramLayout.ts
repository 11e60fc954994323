/** The canvas picture as plain data (boxes and labelled link groups), for the draw.io export. */
import type { Analysis } from '../domain/engine/analyzeDesign.ts';
import type { DiagramLayout } from '../domain/export/drawioXml.ts';
import type { Design } from '../domain/model/design.ts';
import { autoLayout } from './autoLayout.ts';
import { toFlowEdges } from './toFlowEdges.ts';

export function diagramLayout(design: Design, analysis: Analysis): DiagramLayout {
  const boxes = autoLayout(design);
  const edges = toFlowEdges(design, analysis, boxes).flatMap((e) => (e.data ? [{ id: e.id, source: e.source, target: e.target, text: e.data.text, status: e.data.status }] : []));
  return { boxes, edges };
}
