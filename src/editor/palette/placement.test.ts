import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../../domain/catalog/catalog.ts';
import { sampleDesign } from '../../store/testing/sampleDesign.ts';
import { buildNode, defaultName, defaultOptions, keyboardTarget, modelChoices, nextName } from './placement.ts';

const design = sampleDesign();

describe('placement defaults', () => {
  it('starts a GPU rack at 4 × DGX H100 and a switch at an SN5600 leaf, one of each', () => {
    expect(defaultOptions(design, 'gpu-rack')).toEqual({ name: 'GPU rack 1', model: 'dgx-h100', perRack: 4, quantity: 1, role: 'leaf' });
    expect(defaultOptions(design, 'switch')).toMatchObject({ name: 'Leaf 2', model: 'sn5600', role: 'leaf', quantity: 1 });
    expect(defaultName(design, 'switch', 'spine')).toBe('Spine 2');
  });

  it('names with the lowest number not in use', () => {
    expect(nextName(design, 'Building')).toBe('Building 1');
    expect(nextName({ ...design, nodes: [...design.nodes, { id: 'x', kind: 'building', name: 'Building 1', campusM: { x: 0, y: 0 } }] }, 'Building')).toBe('Building 2');
  });

  it('offers servers for a GPU rack and switches for a switch', () => {
    expect(modelChoices(BUILTIN_CATALOG, 'gpu-rack').map((m) => m.id)).toContain('dgx-h100');
    expect(modelChoices(BUILTIN_CATALOG, 'gpu-rack').map((m) => m.id)).not.toContain('sn5600');
    expect(modelChoices(BUILTIN_CATALOG, 'switch').map((m) => m.id)).toContain('sn5600');
    expect(modelChoices(BUILTIN_CATALOG, 'hall')).toEqual([]);
  });

  it('starts a management rack at one UFM appliance and offers only appliances for it', () => {
    expect(defaultOptions(design, 'management-rack')).toEqual({ name: 'Management rack 1', model: 'ufm-appliance-3.1', perRack: 1, quantity: 1, role: 'leaf' });
    const appliances = modelChoices(BUILTIN_CATALOG, 'management-rack');
    expect(appliances.map((m) => m.id)).toEqual(Object.entries(BUILTIN_CATALOG.devices).filter(([, d]) => d.kind === 'appliance').map(([id]) => id));
    expect(appliances.map((m) => m.id)).toContain('ufm-appliance-3.1');
  });
});

describe('keyboardTarget', () => {
  it('uses the selected container, or the one around the selection', () => {
    expect(keyboardTarget(design, 'gpu-rack', ['hall-b1'])).toMatchObject({ ok: true, parent: { id: 'hall-b1' } });
    expect(keyboardTarget(design, 'gpu-rack', ['leaf-1'])).toMatchObject({ ok: true, parent: { id: 'hall-a1' } });
    expect(keyboardTarget(design, 'hall', ['gpu-1'])).toMatchObject({ ok: true, parent: { id: 'bldg-a' } });
  });

  it('puts a switch into a selected network rack, but beside a selected GPU rack', () => {
    expect(keyboardTarget(design, 'switch', ['net-1'])).toMatchObject({ ok: true, parent: { id: 'net-1' } });
    expect(keyboardTarget(design, 'switch', ['gpu-1'])).toMatchObject({ ok: true, parent: { id: 'hall-a1' } });
  });

  it('falls back to the newest container that fits, and buildings to the campus', () => {
    expect(keyboardTarget(design, 'gpu-rack', [])).toMatchObject({ ok: true, parent: { id: 'hall-b1' } });
    expect(keyboardTarget(design, 'building', ['gpu-1'])).toEqual({ ok: true, parent: null });
  });

  it('says what to place first when nothing can hold the item', () => {
    const empty = { ...design, nodes: [], links: [] };
    expect(keyboardTarget(empty, 'gpu-rack', [])).toEqual({ ok: false, reason: 'Place a hall first: a rack must sit in a hall' });
    expect(keyboardTarget(empty, 'hall', [])).toEqual({ ok: false, reason: 'Place a building first: a hall must sit in a building' });
  });
});

describe('buildNode', () => {
  const hallA = design.nodes.find((n) => n.id === 'hall-a1')!;

  it('stands a new rack on the first free run of row 0 unless a cell is given', () => {
    const { node } = buildNode(design, 'gpu-rack', { ...defaultOptions(design, 'gpu-rack'), quantity: 2 }, hallA);
    // row 0 holds gpu-1 (slots 2..5) and net-1 (slot 8): slots 0..1 are free
    expect(node).toMatchObject({ kind: 'rack', rackKind: 'gpu', parent: 'hall-a1', floor: { row: 0, slot: 0 }, contents: { model: 'dgx-h100', perRack: 4 }, quantity: 2 });
    expect(buildNode(design, 'gpu-rack', defaultOptions(design, 'gpu-rack'), hallA, { floor: { row: 4, slot: 1 } }).node).toMatchObject({ floor: { row: 4, slot: 1 } });
  });

  it('makes a network rack without contents, and a switch in a rack without a floor', () => {
    expect(buildNode(design, 'network-rack', defaultOptions(design, 'network-rack'), hallA).node).not.toHaveProperty('contents');
    const rack = design.nodes.find((n) => n.id === 'net-1')!;
    const { node } = buildNode(design, 'switch', defaultOptions(design, 'switch'), rack);
    expect(node).toMatchObject({ kind: 'switch', parent: 'net-1', model: 'sn5600', role: 'leaf' });
    expect(node).not.toHaveProperty('floor');
  });

  it('makes a management rack holding the appliances chosen, on the first free run of row 0', () => {
    const { node } = buildNode(design, 'management-rack', { ...defaultOptions(design, 'management-rack'), perRack: 4 }, hallA);
    expect(node).toMatchObject({ kind: 'rack', rackKind: 'management', parent: 'hall-a1', name: 'Management rack 1', floor: { row: 0, slot: 0 }, contents: { model: 'ufm-appliance-3.1', perRack: 4 }, quantity: 1 });
    expect(node.id).toMatch(/^mgmt/);
  });

  it('puts a new building beside the others on the campus, and a new hall’s entry after its siblings', () => {
    const { node, layout } = buildNode(design, 'building', defaultOptions(design, 'building'), null, { position: { x: 10.2, y: 20.7 } });
    expect(node).toMatchObject({ kind: 'building', campusM: { x: 2500, y: 0 } });
    expect(layout).toEqual({ [node.id]: { x: 10, y: 21 } });
    const building = design.nodes.find((n) => n.id === 'bldg-a')!;
    expect(buildNode(design, 'hall', defaultOptions(design, 'hall'), building).node).toMatchObject({ kind: 'hall', parent: 'bldg-a', entryM: { x: 80, y: 0 } });
  });

  it('gives fresh ids', () => {
    const ids = new Set(design.nodes.map((n) => n.id));
    expect(ids.has(buildNode(design, 'gpu-rack', defaultOptions(design, 'gpu-rack'), hallA).node.id)).toBe(false);
  });
});
