/** A link group as the architect knows it: its label, else what the canvas writes on it ("32 × 400G-LR4"). */
import type { Catalog } from '../catalog/catalog.ts';
import type { LinkGroup } from '../model/design.ts';

export function linkGroupName(link: LinkGroup, catalog: Catalog): string {
  if (link.label) return link.label;
  const optic = (id: string) => catalog.optics[id]?.name ?? id;
  const optics = link.opticB && link.opticB !== link.optic ? `${optic(link.optic)} → ${optic(link.opticB)}` : optic(link.optic);
  return `${link.count.toLocaleString('en-US')} × ${optics}`;
}
