/**
 * How wide a summary card's name may be drawn (nodes/SummaryNode.tsx). Zoomed out a card can be
 * narrower on screen than its name at 11 px, so the name plate is centred on the card and may reach
 * past its sides into the free canvas, up to half the gap to the nearest card beside it (one whose
 * rows it shares), so two neighbours' names never meet. Canvas px; null where no card is beside it.
 */
import type { Rect } from '../edgeGeometry.ts';

export function titleRooms(cards: ReadonlyMap<string, Rect>): Map<string, number | null> {
  const rooms = new Map<string, number | null>();
  for (const [id, card] of cards) {
    let gap = Infinity;
    for (const [other, beside] of cards) {
      if (other === id || beside.y >= card.y + card.height || card.y >= beside.y + beside.height) continue;
      if (beside.x >= card.x + card.width) gap = Math.min(gap, beside.x - (card.x + card.width));
      else if (card.x >= beside.x + beside.width) gap = Math.min(gap, card.x - (beside.x + beside.width));
    }
    rooms.set(id, gap === Infinity ? null : card.width + gap);
  }
  return rooms;
}
