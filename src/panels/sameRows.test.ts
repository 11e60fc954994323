import { describe, expect, it } from 'vitest';
import { sameRows } from './sameRows.ts';

describe('sameRows', () => {
  it('calls rows with the same values the same, however they were made', () => {
    expect(sameRows([['GPUs', '16,384']], [['GPUs', '16,384']])).toBe(true);
    expect(sameRows([{ key: 'a', subject: { linkId: 'l1' } }], [{ key: 'a', subject: { linkId: 'l1' } }])).toBe(true);
  });

  it('tells a changed value, a changed nested value and a changed length apart', () => {
    expect(sameRows([['GPUs', '16,384']], [['GPUs', '16,383']])).toBe(false);
    expect(sameRows([{ key: 'a', subject: { linkId: 'l1' } }], [{ key: 'a', subject: { linkId: 'l2' } }])).toBe(false);
    expect(sameRows([['GPUs', '1']], [['GPUs', '1'], ['Servers', '1']])).toBe(false);
  });
});
