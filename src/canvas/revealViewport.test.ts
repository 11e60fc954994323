import { describe, expect, it } from 'vitest';
import { HALLS_FROM } from './lod/levelOfDetail.ts';
import { revealViewport } from './revealViewport.ts';

const screen = { width: 1000, height: 600 };

describe('revealViewport', () => {
  it('leaves the view alone when the rectangle is already on screen', () => {
    expect(revealViewport({ x: 100, y: 100, width: 200, height: 100 }, 'building', { x: 0, y: 0, zoom: 1 }, screen, 2)).toBeNull();
  });

  it('centres a rectangle off to the right at the same zoom', () => {
    const view = revealViewport({ x: 3000, y: 0, width: 200, height: 100 }, 'building', { x: 0, y: 0, zoom: 0.5 }, screen, 2)!;
    expect(view.zoom).toBe(0.5);
    // its centre (3100, 50) lands on the screen's centre
    expect(3100 * view.zoom + view.x).toBe(500);
    expect(50 * view.zoom + view.y).toBe(300);
  });

  it('zooms out to fit a rectangle larger than the screen, and in to where a hall is drawn', () => {
    expect(revealViewport({ x: 0, y: 0, width: 4000, height: 100 }, 'building', { x: 0, y: 0, zoom: 1 }, screen, 2)!.zoom).toBe(0.2);
    expect(revealViewport({ x: 0, y: 0, width: 400, height: 100 }, 'hall', { x: 0, y: 0, zoom: HALLS_FROM / 2 }, screen, 2)!.zoom).toBe(HALLS_FROM);
  });
});
