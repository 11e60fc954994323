import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../store/testing/sampleDesign.ts';
import { decideSave, type SaveContext } from './saveDecision.ts';

const design = sampleDesign();
const ready: SaveContext = { started: true, design, loadFailed: false, base: null };

describe('decideSave', () => {
  it('writes the whole design when storage holds another one', () => {
    expect(decideSave(ready)).toEqual({ save: true, change: { reset: design } });
  });

  it('writes only what changed since the design storage holds', () => {
    const renamed = { ...design, name: 'Renamed' };
    expect(decideSave({ ...ready, design: renamed, base: design })).toEqual({ save: true, change: { patch: { name: 'Renamed' } } });
  });

  it.each([
    ['before start-up finished', { started: false }, 'starting'],
    ['while no design is open', { design: null }, 'no-design'],
    ['after a design failed to load', { loadFailed: true }, 'load-failed'],
    ['an empty design', { design: { ...design, nodes: [], links: [] } }, 'empty'],
    ['the design storage holds', { base: design }, 'unchanged'],
  ] as const)('never saves %s', (_, change, reason) => {
    expect(decideSave({ ...ready, ...change })).toEqual({ save: false, reason });
  });
});
