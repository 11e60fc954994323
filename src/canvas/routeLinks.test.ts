import { describe, expect, it } from 'vitest';
import { edgeCurve, overlapArea, pointAt } from './edgeGeometry.ts';
import { LABEL_HEIGHT, routeLinks } from './routeLinks.ts';

const card = (x: number, y: number) => ({ x, y, width: 200, height: 64 });
const none = { cards: [], titles: [], rackTitles: [] };
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
    const { routes } = routeLinks([request('l', card(0, 0), card(0, 300))], none);
    expect(routes.get('l')).toEqual({ bend: 0, labelT: 0.5 });
  });

  it('bows a run around a card standing between its ends', () => {
    const [top, middle, bottom] = [card(0, 0), card(0, 150), card(0, 300)];
    const { routes } = routeLinks([request('skip', top, bottom)], { ...none, cards: [top, middle, bottom] });
    expect(routes.get('skip')?.bend).not.toBe(0);
  });

  it('keeps the labels of two crossing runs apart', () => {
    const requests = [request('a-to-b', card(0, 0), card(1000, 300)), request('b-to-a', card(1000, 0), card(0, 300))];
    const { routes } = routeLinks(requests, none);
    const [first, second] = requests.map((r) => {
      const route = routes.get(r.id)!;
      const p = pointAt(edgeCurve(r.source, r.target, route.bend), route.labelT);
      return { x: p.x - 90, y: p.y - LABEL_HEIGHT / 2, width: 180, height: LABEL_HEIGHT };
    });
    expect(overlapArea(first!, second!)).toBe(0);
  });

  it('bows around a hall title it would strike through', () => {
    const title = { x: 50, y: 150, width: 100, height: 30 };
    expect(routeLinks([request('l', card(0, 0), card(0, 300))], { ...none, titles: [title] }).routes.get('l')?.bend).not.toBe(0);
  });

  it('keeps a label off a container title the run crosses', () => {
    const rackTitle = { x: -50, y: 280, width: 300, height: 40 };
    const { routes } = routeLinks([request('l', card(0, 0), card(0, 536))], { ...none, rackTitles: [rackTitle] });
    expect(routes.get('l')?.labelT).not.toBe(0.5);
    expect(routes.get('l')?.bend).toBe(0);
  });

  describe('starting from a previous routing', () => {
    // B's label lies inside the area A's run spans, but on none of the points A tested nor A's label place
    const a = request('a', card(0, 0), card(1000, 1000));
    const b = request('b', card(800, 0), card(800, 300));

    it('keeps a run whose tested points and label place a change does not cover', () => {
      const first = routeLinks([b, a], none);
      const next = routeLinks([a], none, first);
      expect(next.routed).toBe(0);
      expect(next.routes.get('a')).toEqual(routeLinks([a], none).routes.get('a'));
    });

    it('routes a run again when a change covers a point it tested, as a fresh routing does', () => {
      const first = routeLinks([a], none);
      const across = { x: 480, y: 480, width: 80, height: 80 };
      const next = routeLinks([a], { ...none, cards: [across] }, first);
      expect(next.routed).toBe(1);
      expect(next.routes.get('a')).toEqual(routeLinks([a], { ...none, cards: [across] }).routes.get('a'));
      expect(next.routes.get('a')?.bend).not.toBe(0);
    });

    it('moves the kept obstacle indexes by what changed, so they answer as new ones would', () => {
      const [top, middle, bottom] = [card(0, 0), card(0, 150), card(0, 300)];
      const skip = request('skip', top, bottom);
      const blocked = routeLinks([skip], { ...none, cards: [top, middle, bottom] });
      // the card in the way is gone: the run goes straight again, from the same (handed-on) indexes
      const cleared = routeLinks([skip], { ...none, cards: [top, bottom] }, blocked);
      expect(cleared.indexes).toBe(blocked.indexes);
      expect(cleared.routes.get('skip')).toEqual({ bend: 0, labelT: 0.5 });
      // and the earlier routing no longer holds them: a routing starting from it builds its own, with the card in the way
      const again = routeLinks([{ ...skip, labelWidth: 120 }], { ...none, cards: [top, middle, bottom] }, blocked);
      expect(again.routed).toBe(1);
      expect(again.indexes).not.toBe(blocked.indexes);
      expect(again.routes.get('skip')?.bend).not.toBe(0);
    });
  });
});
