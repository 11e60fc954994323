import { describe, expect, it } from 'vitest';
import { edgeCurve, pointAt } from './edgeGeometry.ts';
import { routeLinks } from './routeLinks.ts';

const card = (x: number, y: number) => ({ x, y, width: 200, height: 64 });
const request = (id: string, source: ReturnType<typeof card>, target: ReturnType<typeof card>) => ({ id, source, target, baseBend: 0, labelWidth: 180 });

describe('edgeCurve', () => {
  it('runs straight from border to border when not bent', () => {
    expect(edgeCurve(card(0, 0), card(0, 200))).toMatchObject({ x1: 100, y1: 64, x2: 100, y2: 200 });
    expect(edgeCurve(card(0, 0), card(400, 0))).toMatchObject({ x1: 200, y1: 32, x2: 400, y2: 32 });
  });

  it('bows its middle sideways by the bend', () => {
    const middle = pointAt(edgeCurve(card(0, 0), card(0, 400), 50), 0.5);
    expect(Math.abs(middle.x - 100)).toBeGreaterThan(40);
  });
});

describe('routeLinks', () => {
  it('keeps a lone run straight with its label in the middle', () => {
    const routes = routeLinks([request('l', card(0, 0), card(0, 300))], [], []);
    expect(routes.get('l')).toEqual({ bend: 0, labelT: 0.5 });
  });

  it('bows a run around a card standing between its ends', () => {
    const [top, middle, bottom] = [card(0, 0), card(0, 150), card(0, 300)];
    const routes = routeLinks([request('skip', top, bottom)], [top, middle, bottom], []);
    expect(routes.get('skip')?.bend).not.toBe(0);
  });

  it('moves the second of two crossing labels off the crossing', () => {
    const routes = routeLinks([request('a-to-b', card(0, 0), card(1000, 300)), request('b-to-a', card(1000, 0), card(0, 300))], [], []);
    expect(routes.get('a-to-b')?.labelT).toBe(0.5);
    expect(routes.get('b-to-a')?.labelT).not.toBe(0.5);
  });

  it('keeps a label off a container title the run crosses', () => {
    const title = { x: -50, y: 280, width: 300, height: 40 };
    const routes = routeLinks([request('l', card(0, 0), card(0, 536))], [], [title]);
    expect(routes.get('l')?.labelT).not.toBe(0.5);
  });
});
