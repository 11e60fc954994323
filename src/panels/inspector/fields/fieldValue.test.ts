import { describe, expect, it } from 'vitest';
import { linkSchema, nodeSchema, settingsSchema } from '../../../domain/format/designSchema.ts';
import { numberFieldValue, textFieldValue } from './fieldValue.ts';

const count = linkSchema.shape.count;
const lengthM = linkSchema.shape.lengthM;
const slack = settingsSchema.shape.slackPercent;

describe('numberFieldValue', () => {
  it.each([
    ['16', count, { ok: true, value: 16 }],
    [' 2.5 ', slack, { ok: true, value: 2.5 }],
    ['0', count, { ok: false, message: 'Must be at least 1' }],
    ['1.5', count, { ok: false, message: 'Must be a whole number' }],
    ['2000000', count, { ok: false, message: 'Must be at most 1,000,000' }],
    ['abc', count, { ok: false, message: 'Enter a number' }],
    ['', count, { ok: false, message: 'Required' }],
    ['', lengthM, { ok: true, value: undefined }],
    ['0', lengthM, { ok: false, message: 'Must be more than 0' }],
    ['-3', slack, { ok: false, message: 'Must be at least 0' }],
  ] as const)('%j reads as %j', (text, schema, expected) => {
    expect(numberFieldValue(text, schema)).toEqual(expected);
  });
});

describe('textFieldValue', () => {
  const label = linkSchema.shape.label;
  const name = nodeSchema.options[0].shape.name;

  it('clears an optional label when emptied', () => {
    expect(textFieldValue('', label)).toEqual({ ok: true, value: undefined });
  });

  it('refuses a blank name', () => {
    expect(textFieldValue('  ', name, true)).toEqual({ ok: false, message: 'Enter a name' });
  });

  it('refuses text longer than the file allows', () => {
    expect(textFieldValue('x'.repeat(501), name, true)).toEqual({ ok: false, message: 'Must be at most 500 characters' });
  });
});
