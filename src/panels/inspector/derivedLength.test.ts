import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../../domain/engine/analyzeDesign.ts';
import { updateLink } from '../../domain/edit/designEdits.ts';
import { derivedLengthM } from './derivedLength.ts';
import { exampleDesign } from './testing/exampleDesign.ts';

describe('derivedLengthM', () => {
  const faults = exampleDesign('faults');
  const measured = analyzeDesign(faults).linkById.get('dr4-too-far')!.lengthM;

  it('is the verdict length when nothing is set by hand', () => {
    const analysis = analyzeDesign(faults);
    expect(derivedLengthM(faults.links[1]!, analysis.linkById.get('dr4-too-far')!, analysis, faults)).toBe(measured);
  });

  it('still tells the placement length under an override', () => {
    const overridden = updateLink(faults, 'dr4-too-far', { lengthM: 400 });
    const analysis = analyzeDesign(overridden);
    const verdict = analysis.linkById.get('dr4-too-far')!;
    expect(verdict.lengthM).not.toBe(measured);
    expect(derivedLengthM(overridden.links[1]!, verdict, analysis, overridden)).toBe(measured);
  });
});
