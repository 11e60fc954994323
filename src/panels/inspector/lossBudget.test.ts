import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../../domain/engine/analyzeDesign.ts';
import { lossBudgetOf } from './lossBudget.ts';
import { exampleDesign } from './testing/exampleDesign.ts';

describe('lossBudgetOf', () => {
  const verdict = analyzeDesign(exampleDesign('faults')).linkById.get('dr4-too-far')!;

  it('shows how each part of the channel loss is made, adding up to the engine total', () => {
    const budget = lossBudgetOf(verdict)!;
    const km = verdict.lengthM / 1000;
    expect(budget.lines.map((l) => l.detail)).toEqual([
      `${km} km × ${verdict.plant.attenuationDbPerKm} dB/km`,
      `${verdict.plant.connections} × ${verdict.plant.connectorLossDb} dB`,
      `${verdict.plant.splices} × ${verdict.plant.spliceLossDb} dB`,
    ]);
    const sum = budget.lines.reduce((s, l) => s + l.lossDb, 0);
    expect(sum).toBeCloseTo(verdict.fit!.lossDb!, 1);
    expect(budget.marginDb).toBe(verdict.fit!.marginDb);
  });

  it('has nothing to budget on a copper assembly', () => {
    expect(lossBudgetOf({ ...verdict, plant: { ...verdict.plant, fiber: null } })).toBeNull();
  });
});
