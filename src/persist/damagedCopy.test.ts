import { describe, expect, it } from 'vitest';
import { damagedCopyText } from './damagedCopy.ts';

describe('damagedCopyText', () => {
  it.each([
    ['a string as it is', 'garbage', 'garbage'],
    ['the design text of a record', { kind: 'fabric-designer-autosave', text: '{ "format": "fab' }, '{ "format": "fab'],
    ['any other value as JSON', { a: 1 }, '{\n  "a": 1\n}'],
    ['a number', 12, '12'],
  ])('gives %s', (_, raw, text) => expect(damagedCopyText(raw)).toBe(text));
});
