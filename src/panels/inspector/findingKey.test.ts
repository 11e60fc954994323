import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../../domain/engine/analyzeDesign.ts';
import { findingKey, keyedFindings } from './findingKey.ts';
import { exampleDesign } from './testing/exampleDesign.ts';

describe('findingKey', () => {
  const findings = analyzeDesign(exampleDesign('faults')).findings;

  it('names the code and the subject, so it survives edits elsewhere', () => {
    const reach = findings.find((f) => f.code === 'reach-exceeded')!;
    expect(findingKey(reach)).toBe('reach-exceeded:dr4-too-far');
    const ports = findings.find((f) => f.code === 'ports-exhausted')!;
    expect(findingKey(ports)).toBe('ports-exhausted:tiny-leaf:fabric');
  });

  it('is unique over a design', () => {
    const keys = keyedFindings(findings).map((k) => k.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps keys unique even if a finding repeats', () => {
    const f = findings[0]!;
    expect(keyedFindings([f, f]).map((k) => k.key)).toEqual([findingKey(f), `${findingKey(f)}#1`]);
  });
});
