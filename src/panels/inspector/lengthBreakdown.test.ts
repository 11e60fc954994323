import { describe, expect, it } from 'vitest';
import { breakdownRows, formatMetres } from './lengthBreakdown.ts';

describe('breakdownRows', () => {
  it('names each term, its end, the slack share of the cords and the loops of the trunks', () => {
    const rows = breakdownRows(
      [
        { kind: 'riser', end: 'a', lengthM: 3 },
        { kind: 'floor', lengthM: 8.4 },
        { kind: 'riser', end: 'b', lengthM: 3 },
        { kind: 'slack', lengthM: 0.6 },
        { kind: 'service-loop', lengthM: 6 },
        { kind: 'stock-rounding', lengthM: 4 },
      ],
      10,
    );
    expect(rows).toEqual([
      { label: 'Riser (A end)', lengthM: 3 },
      { label: 'Across the floor', lengthM: 8.4 },
      { label: 'Riser (B end)', lengthM: 3 },
      { label: 'Slack on patch cords 10 %', lengthM: 0.6 },
      { label: 'Service loops at trunk ends', lengthM: 6 },
      { label: 'Up to stocked length', lengthM: 4 },
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
