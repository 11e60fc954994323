import { describe, expect, it } from 'vitest';
import { building, design, hall, linkGroup, switches } from '../testing/designBuilder.ts';
import { analyzeDesign } from './analyzeDesign.ts';
import { aboutText } from './findingAbout.ts';

const named = <T extends { name: string }>(node: T, name: string): T => ({ ...node, name });

/** A leaf and a spine 520 m apart (beyond 400G-DR4's 500 m), joined by the given groups. */
function leafSpine(...links: Parameters<typeof linkGroup>[]) {
  return design(
    [
      building('b1'),
      hall('h1', 'b1'),
      named(switches('s1', 'h1', 'generic-25t6-64x400g-qsfpdd', 'leaf', 1, { row: 0, slot: 0 }), 'Leaf 1'),
      named(switches('s2', 'h1', 'generic-25t6-64x400g-qsfpdd', 'spine', 1, { row: 4, slot: 0 }), 'Spine 9'),
    ],
    links.map((l) => linkGroup(...l)),
  );
}

describe('what a finding is about', () => {
  it('names an unlabelled link group as the canvas does, with the names of its ends', () => {
    const [reach] = analyzeDesign(leafSpine(['l1', 's1', 's2', 8, '400g-dr4', { lengthM: 520 }])).findings;
    expect(reach?.code).toBe('reach-exceeded');
    expect(reach?.about).toEqual({ kind: 'link-group', id: 'l1', name: '8 × 400GBASE-DR4', a: 'Leaf 1', b: 'Spine 9' });
    expect(aboutText(reach!.about)).toBe('8 × 400GBASE-DR4 (Leaf 1 → Spine 9)');
  });

  it('names a labelled link group by its label', () => {
    const [reach] = analyzeDesign(leafSpine(['l1', 's1', 's2', 8, '400g-dr4', { lengthM: 520, label: 'Pod 2 uplinks' }])).findings;
    expect(aboutText(reach!.about)).toBe('Pod 2 uplinks (Leaf 1 → Spine 9)');
  });

  it('names the device of a device finding, not its id', () => {
    // 80 links on a 64-cage switch
    const findings = analyzeDesign(leafSpine(['l1', 's1', 's2', 80, '400g-fr4'])).findings;
    const about = findings.filter((f) => f.code === 'ports-exhausted').map((f) => f.about);
    expect(about).toEqual([
      { kind: 'device', id: 's1', name: 'Leaf 1' },
      { kind: 'device', id: 's2', name: 'Spine 9' },
    ]);
    expect(findings.every((f) => !aboutText(f.about).includes('s1') && !aboutText(f.about).includes('l1'))).toBe(true);
  });
});
