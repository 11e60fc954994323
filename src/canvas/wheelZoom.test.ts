import { describe, expect, it } from 'vitest';
import { wheelZoomFactor } from './wheelZoom.ts';

describe('wheelZoomFactor', () => {
  it('zooms out on a wheel turned towards the user and in the other way, by the same ratio', () => {
    expect(wheelZoomFactor(100, 0)).toBeLessThan(1);
    expect(wheelZoomFactor(-100, 0)).toBeCloseTo(1 / wheelZoomFactor(100, 0), 12);
  });

  it('takes eight mouse notches from 100 % to no less than a quarter, not across the whole range', () => {
    expect(wheelZoomFactor(100, 0) ** 8).toBeGreaterThanOrEqual(0.25);
    expect(wheelZoomFactor(100, 0) ** 8).toBeLessThan(0.5);
  });

  it('follows small pinch steps in proportion', () => {
    const step = Math.log2(wheelZoomFactor(2, 0));
    expect(Math.log2(wheelZoomFactor(4, 0))).toBeCloseTo(2 * step, 12);
    expect(wheelZoomFactor(3, 1)).toBeCloseTo(wheelZoomFactor(48, 0), 12);
  });
});
