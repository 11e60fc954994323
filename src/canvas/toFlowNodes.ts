/** Design nodes to React Flow nodes: containers first, then their contents, unchanged nodes kept identical. */
import type { Catalog } from '../domain/catalog/catalog.ts';
import type { DesignNode, FloorPosition, NodeId, Settings } from '../domain/model/design.ts';
import { formatLength } from '../ui/format.ts';
import { sameBox, type Box } from './layoutBox.ts';
import { sameGrid } from './floorGrid.ts';
import type { FabricFlowNode } from './flowTypes.ts';
import { sameShape } from './sameShape.ts';
import { NODE_Z } from './stacking.ts';

const DEPTH: Record<DesignNode['kind'], number> = { building: 0, hall: 1, rack: 2, switch: 3 };
/** What a node's flow node was made from, besides the node itself. */
interface Made {
  readonly box: Box;
  readonly catalog: Catalog;
  readonly hosted: number | null;
  readonly scale: string;
  readonly parentKind: DesignNode['kind'] | undefined;
  readonly flow: FabricFlowNode;
}
// PERFORMANCE.md: untouched nodes must keep their identity so React Flow skips them; a node made
// from the same inputs is not even rebuilt, so an edit costs what it changed.
const previous = new WeakMap<DesignNode, Made>();

export function toFlowNodes(nodes: readonly DesignNode[], boxes: ReadonlyMap<NodeId, Box>, catalog: Catalog, settings: Settings): FabricFlowNode[] {
  const kinds = new Map(nodes.map((n) => [n.id, n.kind]));
  const hosted = new Map<NodeId, number>();
  for (const n of nodes) if (n.kind === 'switch' && boxes.get(n.id)?.parentId === n.parent) hosted.set(n.parent, (hosted.get(n.parent) ?? 0) + n.quantity);
  const scale = `slot ${formatLength(settings.rackPitchM)} × row ${formatLength(settings.rowPitchM)}`;
  const out: FabricFlowNode[] = [];
  for (const node of [...nodes].sort((p, q) => DEPTH[p.kind] - DEPTH[q.kind])) {
    const box = boxes.get(node.id);
    if (!box) continue;
    const made = previous.get(node);
    const inputs = { box, catalog, hosted: node.kind === 'rack' ? (hosted.get(node.id) ?? null) : null, scale, parentKind: node.kind === 'building' ? undefined : kinds.get(node.parent) };
    if (made && sameInputs(made, inputs)) {
      out.push(made.flow);
      continue;
    }
    const next = flowNode(node, box, catalog, inputs.hosted, scale, made?.flow, kinds);
    const flow = made && sameShape(made.flow, next) ? made.flow : next;
    previous.set(node, { ...inputs, flow });
    out.push(flow);
  }
  return out;
}

/** `hosted`: switches standing in this rack, or null when it holds none and is drawn as a plain card. */
function flowNode(node: DesignNode, box: Box, catalog: Catalog, hosted: number | null, scale: string, prev: FabricFlowNode | undefined, kinds: ReadonlyMap<NodeId, DesignNode['kind']>): FabricFlowNode {
  const common = {
    id: node.id,
    position: { x: box.x, y: box.y },
    width: box.width,
    height: box.height,
    // the card fills its box: saying so up front keeps React Flow from hiding and measuring again
    // every node whose object changed (and unmounting its runs until then)
    measured: { width: box.width, height: box.height },
    ...(box.parentId ? { parentId: box.parentId } : {}),
    zIndex: NODE_Z[node.kind],
  };
  switch (node.kind) {
    case 'building':
      return { ...common, type: 'building', data: { name: node.name, kindLabel: 'Building' }, ariaLabel: `Building ${node.name}`, connectable: false };
    case 'hall': {
      const grid = box.grid ?? { slots: 0, rows: [], width: box.width, height: box.height };
      // keep the grid object when it did not change, so an untouched hall keeps its identity
      const prevGrid = prev?.type === 'hall' ? prev.data.grid : undefined;
      const data = { name: node.name, kindLabel: 'Hall', grid: prevGrid && sameGrid(prevGrid, grid) ? prevGrid : grid, scale };
      return { ...common, type: 'hall', data, ariaLabel: `Hall ${node.name}`, connectable: false };
    }
    case 'rack': {
      const servers = node.contents ? `${node.contents.perRack} × ${shortModelName(catalog, node.contents.model)}` : 'Network rack';
      const racks = node.quantity > 1 ? `${servers} (×${node.quantity} racks)` : servers;
      const contents = hosted ? `${racks} · ${hosted} ${hosted === 1 ? 'switch' : 'switches'}` : racks;
      const data = { name: node.name, rackKind: node.rackKind, contents, quantity: node.quantity, holdsSwitches: hosted !== null, hasPorts: node.contents !== undefined, place: placeText(node.floor, node.quantity) };
      return { ...common, type: 'rack', data, ariaLabel: `Rack ${node.name}: ${contents}`, connectable: data.hasPorts };
    }
    case 'switch': {
      const modelName = catalog.devices[node.model]?.name ?? node.model;
      const data = { name: node.name, modelName, role: node.role, quantity: node.quantity, place: kinds.get(node.parent) === 'hall' && node.floor ? placeText(node.floor, 1) : null };
      return { ...common, type: 'switch', data, ariaLabel: `Switch ${node.name}: ${node.quantity} × ${modelName}, ${node.role}` };
    }
  }
}

/** "row 2 · slot 5" or "row 2 · slots 5–8". */
export function placeText(floor: FloorPosition, slots: number): string {
  return slots > 1 ? `row ${floor.row} · slots ${floor.slot}–${floor.slot + slots - 1}` : `row ${floor.row} · slot ${floor.slot}`;
}

function sameInputs(made: Made, inputs: Omit<Made, 'flow'>): boolean {
  return sameBox(made.box, inputs.box) && made.catalog === inputs.catalog && made.hosted === inputs.hosted && made.scale === inputs.scale && made.parentKind === inputs.parentKind;
}

/** "DGX H100" rather than "NVIDIA DGX H100": the vendor is implied on a card this small. */
function shortModelName(catalog: Catalog, model: string): string {
  const spec = catalog.devices[model];
  if (!spec) return model;
  return spec.name.startsWith(`${spec.vendor} `) ? spec.name.slice(spec.vendor.length + 1) : spec.name;
}
