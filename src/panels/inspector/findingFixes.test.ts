import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../../domain/engine/analyzeDesign.ts';
import { updateLink } from '../../domain/edit/designEdits.ts';
import type { Finding } from '../../domain/engine/findings.ts';
import { fixFor } from './findingFixes.ts';
import { exampleDesign } from './testing/exampleDesign.ts';

const faults = exampleDesign('faults');
const analysis = analyzeDesign(faults);
const findingOf = (code: Finding['code'], linkId?: string) =>
  analysis.findings.find((f) => f.code === code && (!linkId || ('linkId' in f && f.linkId === linkId)))!;

/** Applies a fix and re-runs the engine: the fix must clear the finding it was offered for. */
function afterFix(finding: Finding, linkId?: string) {
  const fix = fixFor(finding, faults, analysis, linkId);
  expect(fix).not.toBeNull();
  const fixed = updateLink(faults, fix!.linkId, fix!.patch);
  return { fix: fix!, findings: analyzeDesign(fixed).findings };
}

describe('fixFor', () => {
  it('switches a link past its reach to the optic the engine suggests', () => {
    const { fix, findings } = afterFix(findingOf('reach-exceeded', 'dr4-too-far'));
    expect(fix.label).toBe('Switch to 400GBASE-FR4');
    expect(fix.patch).toEqual({ optic: '400g-fr4', opticB: undefined });
    expect(findings.filter((f) => 'linkId' in f && f.linkId === 'dr4-too-far')).toEqual([]);
  });

  it('moves an MMF optic onto a multimode grade', () => {
    const { fix, findings } = afterFix(findingOf('fiber-mismatch', 'mmf-on-smf'));
    expect(fix.patch).toEqual({ fiber: 'OM4' });
    expect(findings.some((f) => f.code === 'fiber-mismatch')).toBe(false);
  });

  it('picks an optic both ends can host when a module does not fit a cage', () => {
    const { fix, findings } = afterFix(findingOf('form-factor-mismatch', 'qsfpdd-in-qsfp28'));
    expect(fix.label).toMatch(/^Switch to /);
    expect(findings.some((f) => f.code === 'form-factor-mismatch')).toBe(false);
  });

  it('sets a count that the exhausted device can take, for the inspected link group', () => {
    const finding = findingOf('ports-exhausted');
    expect(fixFor(finding, faults, analysis)).toBeNull();
    const { fix, findings } = afterFix(finding, 'exhaust');
    expect(fix.patch.count).toBeLessThan(40);
    expect(findings.some((f) => f.code === 'ports-exhausted')).toBe(false);
    // the largest that fits: one more link would exhaust the ports again
    const oneMore = updateLink(faults, 'exhaust', { count: fix.patch.count! + 1 });
    expect(analyzeDesign(oneMore).findings.some((f) => f.code === 'ports-exhausted')).toBe(true);
  });

  it('offers nothing for oversubscription: no single link edit settles it', () => {
    expect(fixFor(findingOf('oversubscribed'), faults, analysis)).toBeNull();
  });

  it('rounds an uneven count down to a multiple of the devices', () => {
    const uneven = updateLink(faults, 'compute', { count: 95 });
    const a = analyzeDesign(uneven);
    const finding = a.findings.find((f) => f.code === 'uneven-spread')!;
    const fix = fixFor(finding, uneven, a);
    expect(fix).not.toBeNull();
    expect(fix!.patch.count! % (finding as { devices: number }).devices).toBe(0);
  });
});
