import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../../domain/engine/analyzeDesign.ts';
import { BUILTIN_CATALOG } from '../../domain/catalog/catalog.ts';
import { breakoutChoices, opticChoices, opticPatch, rankedOptions } from './opticChoices.ts';
import { exampleDesign } from './testing/exampleDesign.ts';

const faults = exampleDesign('faults');
const analysis = analyzeDesign(faults);
const linkOf = (id: string) => faults.links.find((l) => l.id === id)!;

describe('rankedOptions', () => {
  it('puts optics that pass this run before those that do not', () => {
    const link = linkOf('dr4-too-far');
    const options = rankedOptions(link, analysis.linkById.get(link.id)!, analysis, faults);
    const firstError = options.findIndex((o) => o.status === 'error');
    expect(options[0]?.status).not.toBe('error');
    expect(options.slice(firstError).every((o) => o.status === 'error')).toBe(true);
    expect(options.some((o) => o.optic === '400g-dr4' && o.status === 'error')).toBe(true);
  });
});

describe('opticChoices', () => {
  it('labels each optic with its verdict, reach and margin for the run', () => {
    const link = linkOf('dr4-too-far');
    const choices = opticChoices(link, rankedOptions(link, analysis.linkById.get(link.id)!, analysis, faults), analysis.catalog);
    expect(choices.find((c) => c.value === '400g-dr4')?.label).toBe('400GBASE-DR4 · ✕ 500 m · 0.76 dB margin');
  });

  it('keeps the current optic listed when an end cannot host it', () => {
    const link = linkOf('qsfpdd-in-qsfp28');
    const choices = opticChoices(link, rankedOptions(link, analysis.linkById.get(link.id)!, analysis, faults), analysis.catalog);
    expect(choices.at(-1)).toEqual({ value: '400g-dr4', label: '400GBASE-DR4 · not usable at both ends' });
  });
});

describe('breakouts', () => {
  const parent = Object.entries(BUILTIN_CATALOG.optics).find(([, o]) => o.breakouts.length > 0)!;
  const [parentId, spec] = parent;
  const child = spec.breakouts[0]!.optic;
  const link = { id: 'l', a: 'x', b: 'y', count: 4, optic: parentId, opticB: child };

  it('offers none and each child of the optic', () => {
    expect(breakoutChoices(link, BUILTIN_CATALOG).map((c) => c.value)).toEqual(['', ...spec.breakouts.map((b) => b.optic)]);
  });

  it('keeps the child only when the new optic breaks out to it too', () => {
    expect(opticPatch(link, parentId, BUILTIN_CATALOG)).toEqual({ optic: parentId, opticB: child });
    expect(opticPatch(link, '400g-lr4-10', BUILTIN_CATALOG).opticB).toBeUndefined();
  });
});
