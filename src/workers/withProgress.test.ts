import { describe, expect, it } from 'vitest';
import { withProgress } from './withProgress.ts';

describe('withProgress', () => {
  it('passes every item through and reports each full step and the end', () => {
    const reports: number[] = [];
    const out = [...withProgress([1, 2, 3, 4, 5, 6, 7], 3, (n) => reports.push(n))];
    expect(out).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(reports).toEqual([3, 6, 7]);
  });

  it('reports the end once when it falls on a step, and reports an empty run', () => {
    const reports: number[] = [];
    Array.from(withProgress([1, 2, 3], 3, (n) => reports.push(n)));
    Array.from(withProgress([], 3, (n) => reports.push(n)));
    expect(reports).toEqual([3, 0]);
  });

  it('reports a step only once its item has been consumed', () => {
    const reports: number[] = [];
    const it = withProgress(['a', 'b'], 1, (n) => reports.push(n));
    it.next();
    expect(reports).toEqual([]);
    it.next();
    expect(reports).toEqual([1]);
  });
});
