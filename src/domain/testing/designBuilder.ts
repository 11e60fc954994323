/** Small builders for tests and benchmarks: designs written as data, with the defaults filled in. */
import { DEFAULT_SETTINGS } from '../model/defaultSettings.ts';
import type {
  BuildingNode,
  Design,
  DesignNode,
  FloorPosition,
  HallNode,
  LinkGroup,
  RackNode,
  Settings,
  SwitchNode,
  SwitchRole,
} from '../model/design.ts';

export const building = (id: string, x = 0, y = 0): BuildingNode => ({ id, kind: 'building', name: id, campusM: { x, y } });

export const hall = (id: string, parent: string, x = 0, y = 0): HallNode => ({ id, kind: 'hall', parent, name: id, entryM: { x, y } });

export const gpuRacks = (id: string, parent: string, floor: FloorPosition, model = 'dgx-h100', perRack = 4, quantity = 1): RackNode => ({
  id,
  kind: 'rack',
  parent,
  name: id,
  rackKind: 'gpu',
  floor,
  contents: { model, perRack },
  quantity,
});

export const networkRack = (id: string, parent: string, floor: FloorPosition): RackNode => ({
  id,
  kind: 'rack',
  parent,
  name: id,
  rackKind: 'network',
  floor,
  quantity: 1,
});

export const switches = (id: string, parent: string, model: string, role: SwitchRole, quantity = 1, floor?: FloorPosition): SwitchNode => ({
  id,
  kind: 'switch',
  parent,
  name: id,
  model,
  role,
  quantity,
  ...(floor ? { floor } : {}),
});

export const linkGroup = (id: string, a: string, b: string, count: number, optic: string, extra: Partial<LinkGroup> = {}): LinkGroup => ({
  id,
  a,
  b,
  count,
  optic,
  ...extra,
});

export const design = (nodes: DesignNode[], links: LinkGroup[], settings: Partial<Settings> = {}, name = 'test design'): Design => ({
  name,
  settings: { ...DEFAULT_SETTINGS, ...settings },
  nodes,
  links,
  catalog: {},
  prices: {},
  layout: {},
});
