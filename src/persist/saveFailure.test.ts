import { describe, expect, it } from 'vitest';
import { saveFailure } from './saveFailure.ts';

describe('saveFailure', () => {
  it('tells a full storage apart, by the error name or its message', () => {
    expect(saveFailure(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toMatchObject({ full: true, message: expect.stringMatching(/storage for this site is full/) });
    expect(saveFailure(new Error('Quota exceeded'))).toMatchObject({ full: true });
  });

  it('quotes any other reason without its own full stop', () => {
    expect(saveFailure(new DOMException('The database connection is closing.', 'InvalidStateError'))).toEqual({
      kind: 'failed',
      message: 'Could not save in this browser (The database connection is closing)',
    });
  });
});
