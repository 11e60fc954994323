import { describe, expect, it } from 'vitest';
import { serializeDesign } from '../domain/format/serializeDesign.ts';
import { sampleDesign } from '../store/testing/sampleDesign.ts';
import { decideSave, type SaveContext } from './saveDecision.ts';

const design = sampleDesign();
const ready: SaveContext = { started: true, design, loadFailed: false, lastSavedText: null };

describe('decideSave', () => {
  it('saves a changed design once start-up has finished', () => {
    expect(decideSave(ready, serializeDesign)).toEqual({ save: true, text: serializeDesign(design) });
  });

  it.each([
    ['before start-up finished', { started: false }, 'starting'],
    ['while no design is open', { design: null }, 'no-design'],
    ['after a design failed to load', { loadFailed: true }, 'load-failed'],
    ['an empty design', { design: { ...design, nodes: [], links: [] } }, 'empty'],
    ['the design it last saved', { lastSavedText: serializeDesign(design) }, 'unchanged'],
  ] as const)('never saves %s', (_, change, reason) => {
    expect(decideSave({ ...ready, ...change }, serializeDesign)).toEqual({ save: false, reason });
  });

  it('keeps the previous save when the design cannot be written', () => {
    const failing = () => {
      throw new Error('cyclic structure');
    };
    expect(decideSave(ready, failing)).toEqual({ save: false, reason: 'unserializable', message: 'cyclic structure' });
  });
});
