import { describe, expect, it } from 'vitest';
import { breakdownRows, formatMetres } from './lengthBreakdown.ts';

describe('breakdownRows', () => {
  it('names each term, its end and the slack share', () => {
    const rows = breakdownRows(
      [
        { kind: 'riser', end: 'a', lengthM: 3 },
        { kind: 'floor', lengthM: 8.4 },
        { kind: 'riser', end: 'b', lengthM: 3 },
        { kind: 'slack', lengthM: 1.44 },
        { kind: 'stock-rounding', lengthM: 4.16 },
      ],
      10,
    );
    expect(rows).toEqual([
      { label: 'Riser (A end)', lengthM: 3 },
      { label: 'Across the floor', lengthM: 8.4 },
      { label: 'Riser (B end)', lengthM: 3 },
      { label: 'Slack 10 %', lengthM: 1.44 },
      { label: 'Up to stocked length', lengthM: 4.16 },
    ]);
  });
});

describe('formatMetres', () => {
  it.each([
    [2541, '2,541 m'],
    [8.4, '8.4 m'],
    [0.125, '0.13 m'],
    [0, '0 m'],
  ])('%d reads %s', (m, text) => expect(formatMetres(m)).toBe(text));
});
