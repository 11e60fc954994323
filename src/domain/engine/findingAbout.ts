/** What a finding is about, by the names the design uses (never internal ids): a link group and its ends, or a device. */
import type { Catalog } from '../catalog/catalog.ts';
import type { Design, LinkGroup, LinkId, NodeId } from '../model/design.ts';
import type { Finding } from './findings.ts';
import { linkGroupName } from './linkGroupName.ts';
import type { NodeIndex } from './placement.ts';

export type FindingAbout =
  | { readonly kind: 'link-group'; readonly id: LinkId; readonly name: string; readonly a: string; readonly b: string }
  | { readonly kind: 'device'; readonly id: NodeId; readonly name: string };

const nodeName = (nodes: NodeIndex, id: NodeId) => nodes.get(id)?.name || id;

/** A link group by its name and the names of its two ends. */
export function linkGroupAbout(link: LinkGroup, nodes: NodeIndex, catalog: Catalog): FindingAbout {
  return { kind: 'link-group', id: link.id, name: linkGroupName(link, catalog), a: nodeName(nodes, link.a), b: nodeName(nodes, link.b) };
}

/** Names the subject of each finding of `design`; the link index is built on the first finding, so a clean design pays nothing. */
export function findingAboutIn(design: Design, nodes: NodeIndex, catalog: Catalog): (f: Finding) => FindingAbout {
  let links: ReadonlyMap<LinkId, LinkGroup> | null = null;
  return (f) => {
    if (!('linkId' in f)) return { kind: 'device', id: f.nodeId, name: nodeName(nodes, f.nodeId) };
    links ??= new Map(design.links.map((l) => [l.id, l]));
    const link = links.get(f.linkId);
    // every link finding comes from a group of the design; the id stands in only if that ever breaks
    return link ? linkGroupAbout(link, nodes, catalog) : { kind: 'link-group', id: f.linkId, name: f.linkId, a: '?', b: '?' };
  };
}

/** "DR4 uplinks (Leaf 1 → Spine 2)", "Leaf 1": how a list introduces the subject of each finding. */
export function aboutText(about: FindingAbout): string {
  return about.kind === 'link-group' ? `${about.name} (${about.a} → ${about.b})` : about.name;
}
