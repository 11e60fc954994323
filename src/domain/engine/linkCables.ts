/** Physical cables of a link group: one per link, or one per parent link of a breakout. */
import type { Catalog } from '../catalog/catalog.ts';
import type { OpticSpec } from '../catalog/types.ts';
import type { LinkGroup } from '../model/design.ts';

/** Child links per parent link when `child` is a breakout of `parent`, else null. */
export function breakoutFanout(parent: OpticSpec | undefined, child: string): number | null {
  return parent?.breakouts.find((b) => b.optic === child)?.fanout ?? null;
}

/** The fanout of a link group's breakout, 1 without one, null when opticB is no breakout of optic. */
export function linkFanout(link: LinkGroup, catalog: Catalog): number | null {
  return link.opticB && link.opticB !== link.optic ? breakoutFanout(catalog.optics[link.optic], link.opticB) : 1;
}

export function linkCables(link: LinkGroup, fanout: number | null): number {
  return Math.ceil(link.count / (fanout ?? 1));
}
