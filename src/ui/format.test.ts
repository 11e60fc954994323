import { describe, expect, it } from 'vitest';
import { formatCount, formatLength, formatWatts, plural } from './format.ts';

describe('format', () => {
  it.each([
    [2.5, '2.5 m'],
    [12.4, '12 m'],
    [412, '412 m'],
    [999, '999 m'],
    [1000, '1 km'],
    [2400, '2.4 km'],
    [12_345, '12.3 km'],
  ])('length %d m reads %s', (m, text) => expect(formatLength(m)).toBe(text));

  it('groups thousands in counts', () => expect(formatCount(16384)).toBe('16,384'));

  it.each([
    [420.5, '420.5 W'],
    [9_999, '9,999 W'],
    [12_345.6, '12,345.6 W'],
  ])('power %d W reads %s', (w, text) => expect(formatWatts(w)).toBe(text));

  it('says one error, two errors', () => {
    expect(plural(1, 'error')).toBe('1 error');
    expect(plural(2, 'warning')).toBe('2 warnings');
  });
});
