/**
 * Caps on what a design expands to. Each number in a file has its own bound, but their products do
 * not: one rack node of 100,000 racks × 256 servers joined by a million links would take the engine
 * minutes. These caps are checked before any expansion and leave room for a 1M-GPU cluster
 * (about 125,000 8-GPU servers and 3 to 4 million links in three tiers).
 */
import type { Catalog } from '../catalog/catalog.ts';
import { cordsPerLink } from '../engine/cableAssembly.ts';
import { linkCables, linkFanout } from '../engine/linkCables.ts';
import type { DesignNode, LinkGroup } from '../model/design.ts';
import type { Problem } from './problem.ts';

export const EXPANSION_CAPS = {
  servers: 2_000_000,
  devices: 2_500_000,
  links: 10_000_000,
  cables: 10_000_000,
  /** Σ over link groups of the devices at both ends: the engine spreads every group over them. */
  deviceEnds: 50_000_000,
  /** Σ over link groups of the rack pairs its cables join (at most one per cable): each is measured. */
  runs: 500_000,
} as const;

export type ExpansionTotals = { -readonly [K in keyof typeof EXPANSION_CAPS]: number };

const DESCRIBE: Readonly<Record<keyof typeof EXPANSION_CAPS, string>> = {
  servers: 'servers',
  devices: 'devices (servers and switches)',
  links: 'links',
  cables: 'cables (patch cords and trunks)',
  deviceEnds: 'device ends of link groups (each group counts the devices at both its ends)',
  runs: 'cable runs between different pairs of racks, each measured on its own',
};

/** What a reference-checked design expands to. */
export function expansionTotals(nodes: readonly DesignNode[], links: readonly LinkGroup[], catalog: Catalog): ExpansionTotals {
  const rackQuantity = new Map<string, number>();
  for (const node of nodes) if (node.kind === 'rack') rackQuantity.set(node.id, node.quantity);
  const ends = new Map<string, { readonly devices: number; readonly racks: number }>();
  const totals: ExpansionTotals = { servers: 0, devices: 0, links: 0, cables: 0, deviceEnds: 0, runs: 0 };
  for (const node of nodes) {
    if (node.kind === 'rack') {
      const servers = node.quantity * (node.contents?.perRack ?? 0);
      totals.servers += servers;
      ends.set(node.id, { devices: servers, racks: node.quantity });
    } else if (node.kind === 'switch') ends.set(node.id, { devices: node.quantity, racks: rackQuantity.get(node.parent) ?? 1 });
  }
  for (const end of ends.values()) totals.devices += end.devices;
  for (const link of links) {
    const optic = catalog.optics[link.optic];
    const cables = linkCables(link, linkFanout(link, catalog));
    const a = ends.get(link.a);
    const b = ends.get(link.b);
    totals.links += link.count;
    totals.cables += cables * (optic ? cordsPerLink(optic) : 1);
    totals.deviceEnds += (a?.devices ?? 0) + (b?.devices ?? 0);
    totals.runs += Math.min(cables, (a?.racks ?? 1) * (b?.racks ?? 1));
  }
  return totals;
}

/** One problem per cap the totals exceed, naming the figure and the cap. */
export function expansionProblems(totals: ExpansionTotals): Problem[] {
  return (Object.keys(EXPANSION_CAPS) as (keyof typeof EXPANSION_CAPS)[])
    .filter((k) => totals[k] > EXPANSION_CAPS[k])
    .map((k) => ({
      path: '$',
      message: `the design expands to ${totals[k].toLocaleString('en-US')} ${DESCRIBE[k]}; the cap is ${EXPANSION_CAPS[k].toLocaleString('en-US')}`,
    }));
}
