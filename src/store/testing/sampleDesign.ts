/** A small two-building design for unit tests of the store and canvas (not the shipped example). */
import { DEFAULT_SETTINGS } from '../../domain/model/defaultSettings.ts';
import type { Design, DesignNode, LinkGroup } from '../../domain/model/design.ts';

export function sampleDesign(overrides: Partial<Design> = {}): Design {
  const nodes: DesignNode[] = [
    { id: 'bldg-b', kind: 'building', name: 'Building B', campusM: { x: 2000, y: 0 } },
    { id: 'bldg-a', kind: 'building', name: 'Building A', campusM: { x: 0, y: 0 } },
    { id: 'hall-a1', kind: 'hall', parent: 'bldg-a', name: 'Hall A1', entryM: { x: 20, y: 0 } },
    { id: 'hall-b1', kind: 'hall', parent: 'bldg-b', name: 'Hall B1', entryM: { x: 20, y: 0 } },
    { id: 'gpu-2', kind: 'rack', parent: 'hall-a1', name: 'GPU row 1', rackKind: 'gpu', floor: { row: 1, slot: 0 }, contents: { model: 'dgx-h100', perRack: 4 }, quantity: 4 },
    { id: 'gpu-1', kind: 'rack', parent: 'hall-a1', name: 'GPU row 0', rackKind: 'gpu', floor: { row: 0, slot: 2 }, contents: { model: 'dgx-h100', perRack: 4 }, quantity: 4 },
    { id: 'net-1', kind: 'rack', parent: 'hall-a1', name: 'Network rack', rackKind: 'network', floor: { row: 0, slot: 8 }, quantity: 1 },
    { id: 'leaf-1', kind: 'switch', parent: 'net-1', name: 'Leaf 1', model: 'sn5600', role: 'leaf', quantity: 2 },
    { id: 'spine-1', kind: 'switch', parent: 'hall-b1', name: 'Spine 1', model: 'sn5600', role: 'spine', floor: { row: 0, slot: 0 }, quantity: 2 },
  ];
  const links: LinkGroup[] = [
    { id: 'l-gpu-1', a: 'gpu-1', b: 'leaf-1', count: 128, optic: '400g-dr4' },
    { id: 'l-gpu-2', a: 'gpu-2', b: 'leaf-1', count: 128, optic: '400g-dr4' },
    { id: 'l-up', a: 'leaf-1', b: 'spine-1', count: 32, optic: '400g-lr4-10' },
  ];
  return { name: 'Sample campus', settings: DEFAULT_SETTINGS, nodes, links, catalog: {}, prices: {}, layout: {}, ...overrides };
}
