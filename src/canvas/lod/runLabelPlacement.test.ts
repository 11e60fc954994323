import { describe, expect, it } from 'vitest';
import { edgeCurve, overlapArea, pointAt, type Rect } from '../edgeGeometry.ts';
import { placeRunLabels, RUN_LABEL_HEIGHT, type RunLabelRequest, type RunLabelSpot } from './runLabelPlacement.ts';

const card = (x: number, y: number, width = 200, height = 64): Rect => ({ x, y, width, height });
const everywhere: Rect = { x: -1e6, y: -1e6, width: 2e6, height: 2e6 };

function request(id: string, source: Rect, target: Rect, width = 150): RunLabelRequest {
  return { id, curve: edgeCurve(source, target, 0), preferredT: 0.5, width, countWidth: 40 };
}

/** The label's rectangle as drawn (nominal size times the scale, centred on its spot). */
function drawn(r: RunLabelRequest, spot: RunLabelSpot, scale: number): Rect {
  const p = pointAt(r.curve, spot.t);
  const width = (spot.count ? r.countWidth : r.width) * scale;
  const height = RUN_LABEL_HEIGHT * scale;
  return { x: p.x + spot.dx - width / 2, y: p.y + spot.dy - height / 2, width, height };
}

describe('placeRunLabels', () => {
  it('keeps a label on its run, at the routing’s spot, when nothing is in the way', () => {
    const r = request('a', card(0, 0), card(0, 600));
    expect(placeRunLabels([r], [card(0, 0), card(0, 600)], everywhere, 1).get('a')).toEqual({ t: 0.5, dx: 0, dy: 0, count: false });
  });

  it('moves labels apart and off the cards when zoomed out, so none covers another or a card', () => {
    // three parallel runs close together between two rows of cards, labels 2.4 × their size
    const tops = [card(0, 0), card(240, 0), card(480, 0)];
    const bottoms = [card(0, 400), card(240, 400), card(480, 400)];
    const requests = tops.map((top, i) => request(`r${i}`, top, bottoms[i]!));
    const scale = 2.4;
    const spots = placeRunLabels(requests, [...tops, ...bottoms], everywhere, scale);
    const rects = requests.flatMap((r) => (spots.get(r.id) ? [drawn(r, spots.get(r.id)!, scale)] : []));
    expect(rects.length).toBeGreaterThan(1);
    for (const [i, p] of rects.entries()) {
      for (const q of rects.slice(i + 1)) expect(overlapArea(p, q)).toBe(0);
      for (const c of [...tops, ...bottoms]) expect(overlapArea(p, c)).toBe(0);
    }
  });

  it('sets a label beside a run that lies inside a card, and leaves it out where there is no room at all', () => {
    const rack = card(0, 0, 220, 300);
    const r = request('in', card(10, 40), card(10, 200));
    const beside = placeRunLabels([r], [rack], everywhere, 1).get('in')!;
    expect(overlapArea(drawn(r, beside, 1), rack)).toBe(0);
    expect(Math.abs(beside.dx) + Math.abs(beside.dy)).toBeGreaterThan(0);
    // hemmed in by the extent of the design: not even the count fits
    expect(placeRunLabels([r], [rack], rack, 1).get('in')).toBeNull();
  });

  it('falls back to the count when only a short label fits', () => {
    const r = request('c', card(0, 0, 100, 40), card(0, 200, 100, 40), 400);
    const bounds = { x: -60, y: 0, width: 220, height: 240 };
    const spot = placeRunLabels([r], [card(0, 0, 100, 40), card(0, 200, 100, 40)], bounds, 1).get('c');
    expect(spot?.count).toBe(true);
  });
});

describe('placeRunLabels for an aggregated edge', () => {
  const [left, right] = [card(0, 0, 300, 600), card(400, 0, 300, 600)];
  const extent = { x: 0, y: 0, width: 700, height: 600 };
  /** A label 320 px wide between two cards 100 px apart; its count 120 px wide (too wide for the gap) or 40. */
  const between = (countWidth: number): RunLabelRequest => ({ ...request('agg', left, right, 320), countWidth, height: 28, reach: 12, unbounded: true });

  it('climbs clear of two tall cards whose gap is narrower than it and its count, past the design’s extent', () => {
    const r = between(120);
    const spot = placeRunLabels([r], [left, right], extent, 1).get('agg')!;
    const p = pointAt(r.curve, spot.t);
    const label = { x: p.x + spot.dx - 160, y: p.y + spot.dy - 14, width: 320, height: 28 };
    expect(spot.count).toBe(false);
    expect(overlapArea(label, left) + overlapArea(label, right)).toBe(0);
    expect(label.y + label.height <= 0 || label.y >= 600).toBe(true);
    // within the usual reach of three label heights it has no room
    expect(placeRunLabels([{ ...r, reach: undefined }], [left, right], everywhere, 1).get('agg')).toBeNull();
  });

  it('keeps to its run as its count where that fits, rather than far from it in full', () => {
    expect(placeRunLabels([between(40)], [left, right], extent, 1).get('agg')).toMatchObject({ count: true, dx: 0, dy: 0 });
  });
});
