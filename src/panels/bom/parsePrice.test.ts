import { describe, expect, it } from 'vitest';
import { parsePrice } from './parsePrice.ts';

describe('parsePrice', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['0', 0],
    ['1200', 1200],
    ['35.50', 35.5],
    ['.5', 0.5],
    ['$1,234.5', 1234.5],
    ['2e3', 2000],
  ])('reads %j as %j', (text, price) => expect(parsePrice(text)).toEqual({ ok: true, price }));

  it.each([
    ['abc', /Enter a number/],
    ['12abc', /Enter a number/],
    ['Infinity', /Enter a number/],
    ['NaN', /Enter a number/],
    ['1e400', /Enter a number/],
    ['0x10', /Enter a number/],
    ['-5', /cannot be negative/],
    ['2e9', /Too large/],
  ])('refuses %j', (text, message) => {
    const result = parsePrice(text);
    expect(result.ok ? '' : result.message).toMatch(message);
  });
});
