/** Design nodes to React Flow nodes: containers first, then their contents, unchanged nodes kept identical. */
import type { Catalog } from '../domain/catalog/catalog.ts';
import type { DesignNode, NodeId } from '../domain/model/design.ts';
import type { Box } from './autoLayout.ts';
import type { FabricFlowNode } from './flowTypes.ts';
import { NODE_Z } from './stacking.ts';

const DEPTH: Record<DesignNode['kind'], number> = { building: 0, hall: 1, rack: 2, switch: 3 };
// PERFORMANCE.md: untouched nodes must keep their identity so React Flow skips them.
const previous = new WeakMap<DesignNode, FabricFlowNode>();

export function toFlowNodes(nodes: readonly DesignNode[], boxes: ReadonlyMap<NodeId, Box>, catalog: Catalog): FabricFlowNode[] {
  const holders = new Set([...boxes.values()].map((b) => b.parentId));
  const out: FabricFlowNode[] = [];
  for (const node of [...nodes].sort((p, q) => DEPTH[p.kind] - DEPTH[q.kind])) {
    const box = boxes.get(node.id);
    if (!box) continue;
    const next = flowNode(node, box, catalog, hostedSwitches(node, nodes, holders));
    const prev = previous.get(node);
    const kept = prev && sameFlowNode(prev, next) ? prev : next;
    previous.set(node, kept);
    out.push(kept);
  }
  return out;
}

function flowNode(node: DesignNode, box: Box, catalog: Catalog, hosted: number | null): FabricFlowNode {
  const common = {
    id: node.id,
    position: { x: box.x, y: box.y },
    width: box.width,
    height: box.height,
    ...(box.parentId ? { parentId: box.parentId, extent: 'parent' as const } : {}),
    zIndex: NODE_Z[node.kind],
    draggable: false,
    connectable: false,
  };
  switch (node.kind) {
    case 'building':
      return { ...common, type: 'building', data: { name: node.name, kindLabel: 'Building' }, ariaLabel: `Building ${node.name}` };
    case 'hall':
      return { ...common, type: 'hall', data: { name: node.name, kindLabel: 'Hall' }, ariaLabel: `Hall ${node.name}` };
    case 'rack': {
      const servers = node.contents ? `${node.contents.perRack} × ${shortModelName(catalog, node.contents.model)}` : 'Network rack';
      const racks = node.quantity > 1 ? `${servers} (×${node.quantity} racks)` : servers;
      const contents = hosted ? `${racks} · ${hosted} ${hosted === 1 ? 'switch' : 'switches'}` : racks;
      const data = { name: node.name, rackKind: node.rackKind, contents, quantity: node.quantity, holdsSwitches: hosted !== null };
      return { ...common, type: 'rack', data, ariaLabel: `Rack ${node.name}: ${contents}` };
    }
    case 'switch': {
      const modelName = catalog.devices[node.model]?.name ?? node.model;
      const data = { name: node.name, modelName, role: node.role, quantity: node.quantity };
      return { ...common, type: 'switch', data, ariaLabel: `Switch ${node.name}: ${node.quantity} × ${modelName}, ${node.role}` };
    }
  }
}

/** Switches standing in this rack (null when the node holds none and is drawn as a plain card). */
function hostedSwitches(node: DesignNode, nodes: readonly DesignNode[], holders: ReadonlySet<NodeId | null>): number | null {
  if (node.kind !== 'rack' || !holders.has(node.id)) return null;
  return nodes.reduce((sum, n) => sum + (n.kind === 'switch' && n.parent === node.id ? n.quantity : 0), 0);
}

/** "DGX H100" rather than "NVIDIA DGX H100": the vendor is implied on a card this small. */
function shortModelName(catalog: Catalog, model: string): string {
  const spec = catalog.devices[model];
  if (!spec) return model;
  return spec.name.startsWith(`${spec.vendor} `) ? spec.name.slice(spec.vendor.length + 1) : spec.name;
}

function sameFlowNode(p: FabricFlowNode, q: FabricFlowNode): boolean {
  return (
    p.type === q.type &&
    p.position.x === q.position.x &&
    p.position.y === q.position.y &&
    p.width === q.width &&
    p.height === q.height &&
    p.parentId === q.parentId &&
    p.ariaLabel === q.ariaLabel &&
    shallowEqual(p.data, q.data)
  );
}

function shallowEqual(p: object, q: object): boolean {
  const pk = Object.keys(p);
  return pk.length === Object.keys(q).length && pk.every((k) => Object.is((p as Record<string, unknown>)[k], (q as Record<string, unknown>)[k]));
}
