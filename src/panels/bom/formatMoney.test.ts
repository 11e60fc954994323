import { describe, expect, it } from 'vitest';
import { extended, formatMoney } from './formatMoney.ts';

describe('money', () => {
  it('writes two decimals with grouped thousands and no currency symbol', () => {
    expect(formatMoney(4_000_000)).toBe('4,000,000.00');
    expect(formatMoney(0.5)).toBe('0.50');
  });

  it('rounds an extended price to cents', () => {
    expect(extended(0.1, 3)).toBe(0.3);
    expect(extended(1234.567, 2)).toBe(2469.13);
  });
});
