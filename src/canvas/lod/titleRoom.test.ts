import { describe, expect, it } from 'vitest';
import { titleRooms } from './titleRoom.ts';

const card = (x: number, y: number, width = 760, height = 720) => ({ x, y, width, height });

describe('titleRooms', () => {
  it('gives a card its own width and the gap to the nearest card beside it, half on either side', () => {
    // the two-building example's buildings: 760 px wide, 420 px apart
    const rooms = titleRooms(new Map([['a', card(0, 0)], ['b', card(1180, 0)], ['c', card(2360, 0, 760)]]));
    expect(rooms.get('a')).toBe(760 + 420);
    expect(rooms.get('b')).toBe(760 + 420);
    expect(titleRooms(new Map([['a', card(0, 0)], ['b', card(1180, 0)], ['c', card(1940 + 100, 0)]])).get('b')).toBe(760 + 100);
  });

  it('is not narrowed by cards above or below (halls stacked in a building), and is open where no card is beside', () => {
    const rooms = titleRooms(new Map([['h1', card(0, 0)], ['h2', card(0, 760)], ['far', card(900, 2000)]]));
    expect([...rooms.values()]).toEqual([null, null, null]);
  });
});
