/**
 * A `.drawio` file (draw.io / diagrams.net mxfile, uncompressed) of the campus as the canvas draws it:
 * buildings, halls and racks as containers, switch groups and rack groups as shapes, one connector per
 * link group with its label. Positions come from the caller (the canvas layout), so the file looks like
 * the canvas. Labels are plain text (no `html=1`), so a name can never become markup.
 */
import type { Catalog } from '../catalog/catalog.ts';
import type { LinkStatus } from '../engine/linkVerdict.ts';
import type { Design, DesignNode, NodeId } from '../model/design.ts';

export interface DiagramBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Positions are relative to the parent's box, as in draw.io. */
  readonly parentId: NodeId | null;
}

export interface DiagramEdge {
  readonly id: string;
  readonly source: NodeId;
  readonly target: NodeId;
  readonly text: string;
  readonly status: LinkStatus;
}

export interface DiagramLayout {
  readonly boxes: ReadonlyMap<NodeId, DiagramBox>;
  readonly edges: readonly DiagramEdge[];
}

const CONTAINER = 'rounded=1;arcSize=4;whiteSpace=wrap;container=1;collapsible=0;verticalAlign=top;align=left;spacingLeft=8;fontStyle=1;';
const STYLE = {
  building: `${CONTAINER}fillColor=#f8fafc;strokeColor=#64748b;`,
  hall: `${CONTAINER}fillColor=#f1f5f9;strokeColor=#94a3b8;`,
  rack: `${CONTAINER}fillColor=#ffffff;strokeColor=#94a3b8;`,
  card: 'rounded=1;whiteSpace=wrap;fillColor=#ffffff;strokeColor=#475569;',
} as const;
const EDGE_COLOR: Record<LinkStatus, string> = { ok: '#16a34a', warning: '#d97706', error: '#dc2626' };

export function drawioXml(design: Design, catalog: Catalog, layout: DiagramLayout): string {
  const holders = new Set([...layout.boxes.values()].map((b) => b.parentId));
  const cells: string[] = ['<mxCell id="0"/>', '<mxCell id="1" parent="0"/>'];
  for (const node of design.nodes) {
    const box = layout.boxes.get(node.id);
    if (!box) continue;
    const style = node.kind === 'building' || node.kind === 'hall' ? STYLE[node.kind] : node.kind === 'rack' && holders.has(node.id) ? STYLE.rack : STYLE.card;
    const detail = describe(node, catalog);
    cells.push(
      `<mxCell id="${attr(`n:${node.id}`)}" value="${attr(detail ? `${node.name}\n${detail}` : node.name)}" style="${style}" vertex="1" parent="${attr(box.parentId ? `n:${box.parentId}` : '1')}">` +
        `<mxGeometry x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" as="geometry"/></mxCell>`,
    );
  }
  for (const e of layout.edges) {
    cells.push(
      `<mxCell id="${attr(`l:${e.id}`)}" value="${attr(e.text)}" style="endArrow=none;rounded=1;labelBackgroundColor=#ffffff;strokeWidth=2;strokeColor=${EDGE_COLOR[e.status]};" edge="1" parent="1" source="${attr(`n:${e.source}`)}" target="${attr(`n:${e.target}`)}">` +
        '<mxGeometry relative="1" as="geometry"/></mxCell>',
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<mxfile host="fabric-designer" type="device">',
    `<diagram id="campus" name="${attr(design.name)}">`,
    '<mxGraphModel grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="0" pageScale="1" math="0" shadow="0">',
    '<root>',
    ...cells,
    '</root>',
    '</mxGraphModel>',
    '</diagram>',
    '</mxfile>',
    '',
  ].join('\n');
}

/** The card's second line: what the node stands for. */
function describe(node: DesignNode, catalog: Catalog): string {
  const model = (id: string) => catalog.devices[id]?.name ?? id;
  switch (node.kind) {
    case 'building':
    case 'hall':
      return '';
    case 'rack':
      return node.contents ? `${node.quantity} rack(s) × ${node.contents.perRack} ${model(node.contents.model)}` : `${node.quantity} network rack(s)`;
    case 'switch':
      return `${node.quantity} × ${model(node.model)} (${node.role})`;
  }
}

/** XML attribute text; line breaks kept as character references so draw.io shows them. */
function attr(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}
