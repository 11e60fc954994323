/** Writes a design as stable, diff-friendly JSON: fixed key order, two-space indent, final newline. */
import type { Design } from '../model/design.ts';
import { CURRENT_VERSION, FORMAT_NAME } from './designSchema.ts';

// Keys of the format's objects in the order a reader expects; anything else follows alphabetically.
const KEY_ORDER = [
  'format', 'version', 'id', 'kind', 'parent', 'name', 'settings', 'catalog', 'prices', 'nodes', 'links', 'layout',
  'rackKind', 'model', 'role', 'plane', 'campusM', 'entryM', 'floor', 'contents', 'perRack', 'quantity',
  'a', 'b', 'count', 'optic', 'opticB', 'portsA', 'portsB', 'lengthM', 'fiber', 'connections', 'splices', 'connectorLossDb', 'spliceLossDb', 'direction', 'label',
  'x', 'y', 'width', 'height', 'row', 'slot',
];
const RANK = new Map(KEY_ORDER.map((k, i) => [k, i]));
// Objects keyed by ids: sorted alphabetically so that adding one entry is a one-place diff.
const ID_KEYED = new Set(['layout', 'prices', 'optics', 'modules', 'devices']);

function ordered(value: unknown, idKeyed: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => ordered(v, false));
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined);
  keys.sort(idKeyed ? undefined : (x, y) => (RANK.get(x) ?? Infinity) - (RANK.get(y) ?? Infinity) || (x < y ? -1 : x > y ? 1 : 0));
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = ordered((value as Record<string, unknown>)[k], ID_KEYED.has(k) && !idKeyed);
  return out;
}

export function serializeDesign(design: Design): string {
  const file = {
    format: FORMAT_NAME,
    version: CURRENT_VERSION,
    name: design.name,
    settings: design.settings,
    catalog: design.catalog,
    prices: design.prices,
    nodes: design.nodes,
    links: design.links,
    layout: design.layout,
  };
  return `${JSON.stringify(ordered(file, false), null, 2)}\n`;
}
