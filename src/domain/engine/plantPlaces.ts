/** The places panels stand in, named as the design names them: a rack row of a hall, a hall, a building. */
import type { PanelPlace } from '../model/design.ts';
import type { FiberGrade } from '../catalog/types.ts';
import type { Side } from './channel.ts';
import type { NodeIndex, Site } from './placement.ts';

export interface Place {
  /** Stable key: `hallId/row N`, `hallId` or `buildingId`. */
  readonly id: string;
  /** What a label or BOM line shows: "Hall A1 row 3", "Hall A1", "Building A". */
  readonly name: string;
}

/** A node's name, else its id. */
export const nameOf = (nodes: NodeIndex, id: string): string => nodes.get(id)?.name || id;

/** Where a panel at `level` stands for the end of a run on `site` (rows are numbered from 1, as the UI shows them). */
export function placeOf(level: PanelPlace, site: Site, nodes: NodeIndex): Place {
  switch (level) {
    case 'row':
      return { id: `${site.hallId}/row ${site.floor.row + 1}`, name: `${nameOf(nodes, site.hallId)} row ${site.floor.row + 1}` };
    case 'hall':
      return { id: site.hallId, name: nameOf(nodes, site.hallId) };
    case 'building':
      return { id: site.buildingId, name: nameOf(nodes, site.buildingId) };
  }
}

export function sideSite(side: Side, a: Site, b: Site): Site {
  return side === 'a' ? a : b;
}

/** The key a trunk route is counted under (the BOM's and the cut sheet's): type, grade and the two places in id order. */
export function trunkRouteKey(type: 'mpo' | 'osp', fiber: FiberGrade | null, placeIds: readonly [string, string]): string {
  return `${type}\u0000${fiber}\u0000${[...placeIds].sort().join('\u0000')}`;
}
