/**
 * What a rack or switch card shows at the port level (nodes/PortPanel.tsx): each port group in use as a
 * bar of the cages each link group takes on the busiest device and the cages left, from the engine's
 * port use (analysis.portUse); the unused port groups in one line. Display text only, kept per node
 * while it reads the same.
 */
import type { Analysis } from '../../domain/engine/analyzeDesign.ts';
import type { LinkStatus } from '../../domain/engine/linkVerdict.ts';
import { linkGroupName } from '../../domain/engine/linkGroupName.ts';
import type { LinkGroupPortUse, PortGroupUse } from '../../domain/engine/portUse.ts';
import type { Design, DesignNode, LinkGroup, NodeId } from '../../domain/model/design.ts';
import { formatCount, plural } from '../../ui/format.ts';

export interface PortSegment {
  readonly linkId: string;
  readonly cages: number;
  readonly status: LinkStatus;
  /** Cages and the other end, with the ports where they differ: "32 Spine B", "4 Leaf A (8 ports)". */
  readonly label: string;
  /** "32 × 400G-LR4-10, Leaf A – Spine B: 64 ports in 32 cages, 2 per module". */
  readonly detail: string;
}

export interface PortBar {
  /** "fabric · 64 × OSFP". */
  readonly title: string;
  readonly cages: number;
  readonly inUse: number;
  readonly free: number;
  /** Cages wanted beyond the group's (the port check's ports-exhausted). */
  readonly over: number;
  /** In counting order; their cages add up to inUse. */
  readonly segments: readonly PortSegment[];
}

export interface PortPanelData {
  /** "Ports per switch, busiest of 2"; null for a single device, whose card says whose ports they are. */
  readonly heading: string | null;
  readonly bars: readonly PortBar[];
  /** "Free: 2 × QSFP28 inband-mgmt-optional · 1 × RJ45 oob-mgmt", or null. */
  readonly idle: string | null;
}

const namesOf = new WeakMap<readonly DesignNode[], ReadonlyMap<NodeId, string>>();
const linksOf = new WeakMap<readonly LinkGroup[], ReadonlyMap<string, LinkGroup>>();
const kept = new Map<NodeId, { signature: string; data: PortPanelData }>();

/** The port panel of a rack or switch node, or null when the engine knows no ports for it. */
export function portPanelData(design: Design, analysis: Analysis, nodeId: NodeId): PortPanelData | null {
  const use = analysis.portUse(nodeId);
  if (!use?.groups.length) return null;
  const names = cached(namesOf, design.nodes, () => new Map(design.nodes.map((n) => [n.id, n.name])));
  const links = cached(linksOf, design.links, () => new Map(design.links.map((l) => [l.id, l])));
  const node = analysis.sites.get(nodeId)?.node;
  const device = node?.kind !== 'rack' ? 'switch' : node.rackKind === 'gpu' ? 'server' : 'appliance';
  const shown = use.groups.filter((g, i) => i === 0 || g.uses.some((u) => u.ports > 0));
  const idle = use.groups.filter((g) => !shown.includes(g)).map((g) => `${g.portGroup.cages} × ${g.portGroup.formFactor} ${g.portGroup.purpose}`);
  const data: PortPanelData = {
    heading: use.devices > 1 ? `Ports per ${device}, busiest of ${formatCount(use.devices)}` : null,
    bars: shown.map((g) => bar(g, nodeId, names, links, analysis)),
    idle: idle.length ? `Free: ${idle.join(' · ')}` : null,
  };
  const signature = JSON.stringify(data);
  const prev = kept.get(nodeId);
  if (prev?.signature === signature) return prev.data;
  kept.set(nodeId, { signature, data });
  return data;
}

function bar(group: PortGroupUse, nodeId: NodeId, names: ReadonlyMap<NodeId, string>, links: ReadonlyMap<string, LinkGroup>, analysis: Analysis): PortBar {
  const { portGroup, cagesInUse, cagesFree } = group;
  return {
    title: `${portGroup.purpose} · ${portGroup.cages} × ${portGroup.formFactor}`,
    cages: portGroup.cages,
    inUse: cagesInUse,
    free: cagesFree,
    over: Math.max(0, cagesInUse - portGroup.cages),
    segments: group.uses.filter((u) => u.cages > 0).map((u) => segment(u, nodeId, names, links, analysis)),
  };
}

function segment(use: LinkGroupPortUse, nodeId: NodeId, names: ReadonlyMap<NodeId, string>, links: ReadonlyMap<string, LinkGroup>, analysis: Analysis): PortSegment {
  const link = links.get(use.linkId);
  const name = (id: NodeId) => names.get(id) ?? id;
  const peer = link ? name(link.a === nodeId ? link.b : link.a) : use.linkId;
  const group = link ? `${linkGroupName(link, analysis.catalog)}, ${name(link.a)} – ${name(link.b)}` : use.linkId;
  const packing = use.linksPerModule > 1 ? `, ${use.linksPerModule} per module` : '';
  const breakout = use.breakout > 1 ? `, each broken out to ${use.breakout} links` : '';
  return {
    linkId: use.linkId,
    cages: use.cages,
    status: analysis.linkById.get(use.linkId)?.status ?? 'ok',
    label: `${formatCount(use.cages)} ${peer}${use.ports === use.cages ? '' : ` (${plural(use.ports, 'port')})`}`,
    detail: `${group}: ${plural(use.ports, 'port')} in ${plural(use.cages, 'cage')}${packing}${breakout}`,
  };
}

function cached<K extends object, V>(memo: WeakMap<K, V>, key: K, make: () => V): V {
  let value = memo.get(key);
  if (value === undefined) memo.set(key, (value = make()));
  return value;
}
