/**
 * What placing a palette item creates: a node with sensible defaults (4 × DGX H100 per rack, an
 * SN5600 leaf), a unique name, and a place: the container under the drop point, or for the keyboard
 * the selected container (or the one holding the selection), else the newest container of that kind.
 */
import type { Catalog } from '../../domain/catalog/catalog.ts';
import type { DeviceKind } from '../../domain/catalog/types.ts';
import { freshId } from '../../domain/edit/designEdits.ts';
import type { Design, DesignNode, FloorPosition, LayoutEntry, NodeId, NodeKind, RackKind, SwitchRole } from '../../domain/model/design.ts';
import { ALLOWED_PARENTS, nestingRefusal } from '../../domain/model/nesting.ts';
import { nearestFree, type GridItem } from '../../canvas/floorGrid.ts';

export type PaletteKind = 'building' | 'hall' | 'gpu-rack' | 'network-rack' | 'management-rack' | 'switch';

export const NODE_KIND: Record<PaletteKind, NodeKind> = { building: 'building', hall: 'hall', 'gpu-rack': 'rack', 'network-rack': 'rack', 'management-rack': 'rack', switch: 'switch' };

/** Racks hold servers or appliances and stand in consecutive slots of one row. */
export const RACK_KIND: Readonly<Partial<Record<PaletteKind, RackKind>>> = { 'gpu-rack': 'gpu', 'network-rack': 'network', 'management-rack': 'management' };

export const DEFAULTS = {
  serverModel: 'dgx-h100',
  perRack: 4,
  /** A management rack: one UFM appliance, as a rack becomes in the inspector; the dialog asks for more. */
  applianceModel: 'ufm-appliance-3.1',
  appliancesPerRack: 1,
  switchModel: 'sn5600',
  role: 'leaf' as SwitchRole,
  /** Campus spacing of a new building from the last one, metres. */
  buildingSpacingM: 500,
  /** A new hall's entry, metres from the building entry, and the spacing of the next. */
  hallEntryM: 20,
  hallSpacingM: 60,
} as const;

/** What the user chooses when placing (the dialog's fields). */
export interface PlaceOptions {
  readonly name: string;
  readonly model: string;
  readonly perRack: number;
  readonly quantity: number;
  readonly role: SwitchRole;
}

const BASE_NAME: Record<Exclude<PaletteKind, 'switch'>, string> = { building: 'Building', hall: 'Hall', 'gpu-rack': 'GPU rack', 'network-rack': 'Network rack', 'management-rack': 'Management rack' };
const ROLE_NAME: Record<SwitchRole, string> = { leaf: 'Leaf', spine: 'Spine', core: 'Core', border: 'Border', management: 'Management switch' };

/** "GPU rack 3": the base and the lowest number no node's name uses yet. */
export function nextName(design: Design, base: string): string {
  const used = new Set(design.nodes.map((n) => n.name));
  for (let i = 1; ; i++) if (!used.has(`${base} ${i}`)) return `${base} ${i}`;
}

export function defaultName(design: Design, kind: PaletteKind, role: SwitchRole = DEFAULTS.role): string {
  return nextName(design, kind === 'switch' ? ROLE_NAME[role] : BASE_NAME[kind]);
}

export function defaultOptions(design: Design, kind: PaletteKind): PlaceOptions {
  return {
    name: defaultName(design, kind),
    model: kind === 'switch' ? DEFAULTS.switchModel : kind === 'management-rack' ? DEFAULTS.applianceModel : DEFAULTS.serverModel,
    perRack: kind === 'management-rack' ? DEFAULTS.appliancesPerRack : DEFAULTS.perRack,
    quantity: 1,
    role: DEFAULTS.role,
  };
}

const HOLDS: Readonly<Partial<Record<PaletteKind, DeviceKind>>> = { 'gpu-rack': 'gpu-server', 'management-rack': 'appliance', switch: 'switch' };

/** Models offered when placing: servers for a GPU rack, appliances for a management rack, switches for a switch, by name. */
export function modelChoices(catalog: Catalog, kind: PaletteKind): { id: string; name: string }[] {
  const wanted = HOLDS[kind] ?? null;
  if (!wanted) return [];
  return Object.entries(catalog.devices)
    .filter(([, d]) => d.kind === wanted)
    .map(([id, d]) => ({ id, name: d.name }))
    .sort((p, q) => p.name.localeCompare(q.name));
}

export type PlaceTarget = { readonly ok: true; readonly parent: DesignNode | null } | { readonly ok: false; readonly reason: string };

/**
 * Where a keyboard placement goes: the selected node if it may hold the item, else the nearest
 * container around the selection that may, else the newest one in the design. A switch goes into a
 * selected rack only when that rack is a network rack.
 */
export function keyboardTarget(design: Design, kind: PaletteKind, selectedIds: readonly NodeId[]): PlaceTarget {
  const nodeKind = NODE_KIND[kind];
  const allowed = ALLOWED_PARENTS[nodeKind];
  if (allowed.length === 0) return { ok: true, parent: null };
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const fits = (n: DesignNode) => allowed.includes(n.kind) && !(n.kind === 'rack' && n.rackKind !== 'network');
  for (const id of selectedIds) {
    for (let n = byId.get(id); n; n = n.kind === 'building' ? undefined : byId.get(n.parent)) if (fits(n)) return { ok: true, parent: n };
  }
  const newest = [...design.nodes].reverse().find((n) => fits(n) && n.kind !== 'rack');
  if (newest) return { ok: true, parent: newest };
  return { ok: false, reason: `Place a ${allowed.filter((k) => k !== 'rack').join(' or ')} first: ${nestingRefusal(nodeKind, null)}` };
}

/** Racks and switches standing on a hall's floor, as grid items. */
export function floorItems(design: Design, hallId: NodeId, except: ReadonlySet<NodeId> = new Set()): GridItem[] {
  const items: GridItem[] = [];
  for (const n of design.nodes) {
    if ((n.kind !== 'rack' && n.kind !== 'switch') || n.parent !== hallId || !n.floor || except.has(n.id)) continue;
    items.push({ floor: n.floor, slots: n.kind === 'rack' ? Math.max(1, n.quantity) : 1, height: 0 });
  }
  return items;
}

/** The keyboard's spot on a hall floor: racks fill row 0 from the left, switches row 1. */
export function defaultFloor(design: Design, hallId: NodeId, kind: PaletteKind, span: number): FloorPosition {
  return nearestFree(floorItems(design, hallId), { row: kind === 'switch' ? 1 : 0, slot: 0 }, span);
}

const ID_PREFIX: Record<RackKind, string> = { gpu: 'gpu', network: 'net', management: 'mgmt' };

export interface Placement {
  readonly node: DesignNode;
  readonly layout?: Readonly<Record<NodeId, LayoutEntry>>;
}

/**
 * The node a placement creates. `at` is the floor cell (racks and hall switches) or the canvas
 * position in the container (buildings and halls; omitted: laid out automatically).
 */
export function buildNode(
  design: Design,
  kind: PaletteKind,
  options: PlaceOptions,
  parent: DesignNode | null,
  at: { readonly floor?: FloorPosition; readonly position?: { x: number; y: number } } = {},
): Placement {
  const quantity = Math.max(1, Math.round(options.quantity));
  const name = options.name.trim() || defaultName(design, kind, options.role);
  const layoutOf = (id: NodeId) => (at.position ? { layout: { [id]: { x: Math.round(at.position.x), y: Math.round(at.position.y) } } } : {});
  switch (kind) {
    case 'building': {
      const id = freshId(design, 'bldg');
      const buildings = design.nodes.filter((n) => n.kind === 'building');
      const x = buildings.length ? Math.max(...buildings.map((b) => b.campusM.x)) + DEFAULTS.buildingSpacingM : 0;
      return { node: { id, kind: 'building', name, campusM: { x, y: 0 } }, ...layoutOf(id) };
    }
    case 'hall': {
      const id = freshId(design, 'hall');
      const siblings = design.nodes.filter((n) => n.kind === 'hall' && n.parent === parent?.id).length;
      return { node: { id, kind: 'hall', parent: parent!.id, name, entryM: { x: DEFAULTS.hallEntryM + siblings * DEFAULTS.hallSpacingM, y: 0 } }, ...layoutOf(id) };
    }
    case 'gpu-rack':
    case 'network-rack':
    case 'management-rack': {
      const rackKind = RACK_KIND[kind]!;
      const id = freshId(design, ID_PREFIX[rackKind]);
      const floor = at.floor ?? defaultFloor(design, parent!.id, kind, quantity);
      const contents = rackKind === 'network' ? {} : { contents: { model: options.model, perRack: Math.max(1, Math.round(options.perRack)) } };
      return { node: { id, kind: 'rack', parent: parent!.id, name, rackKind, floor, ...contents, quantity } };
    }
    case 'switch': {
      const id = freshId(design, options.role);
      const inHall = parent!.kind === 'hall';
      const floor = inHall ? { floor: at.floor ?? defaultFloor(design, parent!.id, kind, 1) } : {};
      return { node: { id, kind: 'switch', parent: parent!.id, name, model: options.model, role: options.role, ...floor, quantity } };
    }
  }
}
