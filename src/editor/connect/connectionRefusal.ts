/** Whether a link group may join two nodes at all, and if not, why, in the architect's words. */
import type { Catalog } from '../../domain/catalog/catalog.ts';
import { fitEnd } from '../../domain/engine/endFit.ts';
import { indexNodes, siteOf } from '../../domain/engine/placement.ts';
import type { Design, DesignNode, NodeId } from '../../domain/model/design.ts';

/** The device model behind a rack or switch node (a GPU rack's servers), or null. */
export function modelOf(node: DesignNode): string | null {
  if (node.kind === 'switch') return node.model;
  if (node.kind === 'rack') return node.contents?.model ?? null;
  return null;
}

const pairCache = new WeakMap<Catalog, Map<string, boolean>>();

/** Whether any optic of the catalog fits a cage of both models at a rate both can run. */
export function anyOpticFits(catalog: Catalog, modelA: string, modelB: string): boolean {
  let byPair = pairCache.get(catalog);
  if (!byPair) pairCache.set(catalog, (byPair = new Map()));
  const key = modelA < modelB ? `${modelA}\u0000${modelB}` : `${modelB}\u0000${modelA}`;
  let fits = byPair.get(key);
  if (fits === undefined) {
    fits = Object.keys(catalog.optics).some((optic) => fitEnd(catalog, modelA, optic).ok && fitEnd(catalog, modelB, optic).ok);
    byPair.set(key, fits);
  }
  return fits;
}

/** Null when a link group between `a` and `b` can exist; otherwise the reason it cannot. */
export function connectionRefusal(design: Design, catalog: Catalog, a: NodeId, b: NodeId): string | null {
  if (a === b) return 'A link group joins two different racks or switches';
  const nodes = indexNodes(design);
  const na = nodes.get(a);
  const nb = nodes.get(b);
  if (!na || !nb) return 'One end is no longer in the design';
  for (const n of [na, nb]) {
    if (n.kind === 'building' || n.kind === 'hall') return `Cannot connect to ${n.name}: a ${n.kind} has no ports; connect the racks and switches inside it`;
    if (n.kind === 'rack' && !n.contents) return `Cannot connect to ${n.name}: a network rack has no ports of its own; connect the switches in it`;
    if (!siteOf(n, nodes)) return `Cannot connect ${n.name}: it does not stand in a hall yet`;
  }
  const ma = modelOf(na)!;
  const mb = modelOf(nb)!;
  for (const [n, m] of [[na, ma], [nb, mb]] as const) if (!catalog.devices[m]) return `Cannot connect ${n.name}: its model ${m} is not in the catalog`;
  if (!anyOpticFits(catalog, ma, mb)) {
    return `Cannot connect ${na.name} to ${nb.name}: no optic fits both ${describeCages(catalog, ma)} and ${describeCages(catalog, mb)}`;
  }
  return null;
}

/** "DGX H100 (OSFP 400G, QSFP112 400/200/100G, ...)". */
function describeCages(catalog: Catalog, model: string): string {
  const spec = catalog.devices[model]!;
  const groups = spec.portGroups
    .filter((g) => g.formFactor !== 'RJ45')
    .map((g) => `${g.formFactor} ${[...new Set(g.modes.map((m) => m.rateGbps))].sort((x, y) => y - x).join('/')}G`);
  return `${spec.name} (${[...new Set(groups)].join(', ') || 'no optical cages'})`;
}
