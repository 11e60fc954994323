/** Where each rack or switch node stands: building, hall, rack and floor grid position. */
import type { Design, DesignNode, FloorPosition, NodeId, RackNode, SwitchNode } from '../model/design.ts';

export type EndpointNode = RackNode | SwitchNode;

export interface Site {
  readonly node: EndpointNode;
  readonly buildingId: NodeId;
  readonly hallId: NodeId;
  /** The rack node the devices stand in (a switch inherits its parent rack's). */
  readonly rackId: NodeId | null;
  readonly floor: FloorPosition;
  /** Racks the node spans, in consecutive slots from `floor`. */
  readonly racks: number;
  /** Devices the node stands for (servers in its racks, or switches). */
  readonly devices: number;
  readonly model: string | null;
}

export type NodeIndex = ReadonlyMap<NodeId, DesignNode>;

export function indexNodes(design: Design): NodeIndex {
  return new Map(design.nodes.map((n) => [n.id, n]));
}

/** The site of a rack or switch node, or null when its containment is broken. */
export function siteOf(node: EndpointNode, nodes: NodeIndex): Site | null {
  const parent = nodes.get(node.parent);
  if (!parent) return null;
  if (node.kind === 'rack') {
    const hall = hallSite(parent, nodes);
    if (!hall) return null;
    return {
      node,
      ...hall,
      rackId: node.id,
      floor: node.floor,
      racks: node.quantity,
      devices: node.quantity * (node.contents?.perRack ?? 0),
      model: node.contents?.model ?? null,
    };
  }
  if (parent.kind === 'rack') {
    const hall = hallSite(nodes.get(parent.parent), nodes);
    if (!hall) return null;
    return { node, ...hall, rackId: parent.id, floor: parent.floor, racks: parent.quantity, devices: node.quantity, model: node.model };
  }
  const hall = hallSite(parent, nodes);
  if (!hall || !node.floor) return null;
  return { node, ...hall, rackId: null, floor: node.floor, racks: 1, devices: node.quantity, model: node.model };
}

function hallSite(hall: DesignNode | undefined, nodes: NodeIndex): { buildingId: NodeId; hallId: NodeId } | null {
  if (!hall || hall.kind !== 'hall') return null;
  const building = nodes.get(hall.parent);
  if (!building || building.kind !== 'building') return null;
  return { buildingId: building.id, hallId: hall.id };
}

/** Which of the node's racks device `device` stands in (devices fill racks in order). */
export function rackMemberOf(site: Site, device: number): number {
  if (site.devices <= 0) return 0;
  return Math.min(site.racks - 1, Math.floor((device * site.racks) / site.devices));
}
