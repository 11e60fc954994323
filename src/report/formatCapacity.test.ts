import { describe, expect, it } from 'vitest';
import { formatCapacity } from './formatCapacity.ts';

describe('formatCapacity', () => {
  it.each([
    [400, '400 Gb/s'],
    [999.5, '999.5 Gb/s'],
    [1000, '1 Tb/s'],
    [25_600, '25.6 Tb/s'],
    [1_638_400, '1,638.4 Tb/s'],
  ])('writes %d Gb/s as %s', (gbps, text) => expect(formatCapacity(gbps)).toBe(text));
});
