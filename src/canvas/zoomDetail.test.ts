import { describe, expect, it } from 'vitest';
import { detailAt, FAR_ZOOM, MID_ZOOM } from './zoomDetail.ts';

describe('detailAt', () => {
  it('shows everything from the mid threshold in, and cards without text past the far one', () => {
    expect(detailAt(1)).toBe('near');
    expect(detailAt(MID_ZOOM)).toBe('near');
    expect(detailAt(MID_ZOOM - 0.01)).toBe('mid');
    expect(detailAt(FAR_ZOOM)).toBe('mid');
    expect(detailAt(FAR_ZOOM - 0.01)).toBe('far');
    expect(detailAt(0.05)).toBe('far');
  });

  it('keeps the bundled single-SU example, which fits at about 0.4 in a 1440 × 900 window, at full detail', () => {
    expect(detailAt(0.4)).toBe('near');
  });
});
