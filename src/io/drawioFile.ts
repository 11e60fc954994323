/** The draw.io hand-off: the campus as the canvas lays it out (one cell per node and link group, so no worker). */
import { diagramLayout } from '../canvas/diagramLayout.ts';
import type { Analysis } from '../domain/engine/analyzeDesign.ts';
import { drawioXml } from '../domain/export/drawioXml.ts';
import type { Design } from '../domain/model/design.ts';
import { slugOf } from './fileNames.ts';
import type { HandoffResult } from './handoffFiles.ts';

export function drawioFile(design: Design, analysis: Analysis): HandoffResult {
  const xml = drawioXml(design, analysis.catalog, diagramLayout(design, analysis));
  return { ok: true, file: { blob: new Blob([xml], { type: 'application/vnd.jgraph.mxfile' }), fileName: `${slugOf(design.name)}.drawio` }, notes: [] };
}
