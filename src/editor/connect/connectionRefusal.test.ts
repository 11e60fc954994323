import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../../domain/catalog/catalog.ts';
import { analyzeDesign } from '../../domain/engine/analyzeDesign.ts';
import { sampleDesign } from '../../store/testing/sampleDesign.ts';
import { anyOpticFits, connectionRefusal } from './connectionRefusal.ts';
import { linkDraft, orient } from './linkDraft.ts';

const xdr = { id: 'xdr', kind: 'switch', parent: 'hall-a1', name: 'XDR spine', model: 'q3200', role: 'spine', floor: { row: 3, slot: 0 }, quantity: 1 } as const;
const design = sampleDesign({ nodes: [...sampleDesign().nodes, xdr] });
const refusal = (a: string, b: string) => connectionRefusal(design, BUILTIN_CATALOG, a, b);

describe('connectionRefusal', () => {
  it('lets racks and switches with a common optic connect', () => {
    expect(refusal('gpu-1', 'leaf-1')).toBeNull();
    expect(refusal('leaf-1', 'spine-1')).toBeNull();
  });

  it.each([
    ['gpu-1', 'gpu-1', 'A link group joins two different racks or switches'],
    ['gpu-1', 'hall-a1', 'Cannot connect to Hall A1: a hall has no ports; connect the racks and switches inside it'],
    ['bldg-a', 'leaf-1', 'Cannot connect to Building A: a building has no ports; connect the racks and switches inside it'],
    ['leaf-1', 'net-1', 'Cannot connect to Network rack: a network rack has no ports of its own; connect the switches in it'],
  ])('refuses %s → %s: %s', (a, b, reason) => {
    expect(refusal(a, b)).toBe(reason);
  });

  it('refuses ends no optic fits both, naming their cages', () => {
    expect(anyOpticFits(BUILTIN_CATALOG, 'dgx-h100', 'q3200')).toBe(false);
    expect(refusal('gpu-1', 'xdr')).toBe(
      'Cannot connect GPU row 0 to XDR spine: no optic fits both NVIDIA DGX H100 (OSFP 400G, QSFP112 400/200/100G, QSFP28 100G) and NVIDIA Quantum-X800 Q3200-RA (2 x 36-port switches) (OSFP224 800G)',
    );
  });
});

describe('linkDraft', () => {
  it('puts the lower tier at end A', () => {
    const [gpu, leaf, spine] = ['gpu-1', 'leaf-1', 'spine-1'].map((id) => design.nodes.find((n) => n.id === id)!);
    expect(orient(leaf!, gpu!).map((n) => n.id)).toEqual(['gpu-1', 'leaf-1']);
    expect(orient(spine!, leaf!).map((n) => n.id)).toEqual(['leaf-1', 'spine-1']);
  });

  it('measures the run with the length model and ranks the optics that fit both ends for it', () => {
    const analysis = analyzeDesign(design);
    const draft = linkDraft(design, analysis, 'spine-1', 'gpu-2')!;
    expect(draft.a.id).toBe('gpu-2');
    expect(draft.run.path).toBe('cross-building');
    expect(draft.run.lengthM).toBeGreaterThan(2000);
    expect(draft.options.length).toBeGreaterThan(0);
    const statuses = draft.options.map((o) => o.status);
    expect(statuses.indexOf('error') === -1 || statuses.slice(statuses.indexOf('error')).every((s) => s === 'error')).toBe(true);
    // 400G-DR4 cannot reach 2 km: it fails here
    expect(draft.options.find((o) => o.optic === '400g-dr4')?.status).toBe('error');
    for (const o of draft.options) expect(o.defaultCount).toBeGreaterThanOrEqual(1);
  });
});
