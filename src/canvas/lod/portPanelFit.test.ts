import { describe, expect, it } from 'vitest';
import { CARD } from '../layoutSizes.ts';
import { PANEL_LINE_PX, portPanelFit, portPanelRoomPx, type PortPanelFit } from './portPanelFit.ts';

const lines = (fit: PortPanelFit) => Number(fit.heading) + fit.bars + fit.legends + Number(fit.more > 0) + Number(fit.idle);
const room = (n: number) => n * PANEL_LINE_PX;

describe('what of a port panel fits its card', () => {
  it('leaves a card of the layout room for four lines', () => {
    expect(Math.floor(portPanelRoomPx(CARD.height) / PANEL_LINE_PX)).toBe(4);
    expect(portPanelRoomPx(10)).toBe(0);
  });

  it('shows everything when there is room', () => {
    expect(portPanelFit({ heading: true, bars: 2, idle: true }, room(6))).toEqual({ heading: true, bars: 2, legends: 2, more: 0, idle: true });
  });

  it('drops the idle line, then legends from the last port group, then the heading', () => {
    const content = { heading: true, bars: 2, idle: true };
    expect(portPanelFit(content, room(5))).toEqual({ heading: true, bars: 2, legends: 2, more: 0, idle: false });
    expect(portPanelFit(content, room(4))).toEqual({ heading: true, bars: 2, legends: 1, more: 0, idle: false });
    expect(portPanelFit(content, room(3))).toEqual({ heading: true, bars: 2, legends: 0, more: 0, idle: false });
    expect(portPanelFit(content, room(2))).toEqual({ heading: false, bars: 2, legends: 0, more: 0, idle: false });
  });

  it('folds the port groups past the room into one line', () => {
    expect(portPanelFit({ heading: true, bars: 5, idle: true }, room(4))).toEqual({ heading: false, bars: 3, legends: 0, more: 2, idle: false });
    expect(portPanelFit({ heading: false, bars: 2, idle: false }, room(1))).toEqual({ heading: false, bars: 0, legends: 0, more: 2, idle: false });
  });

  it('never draws more lines than the room holds, nor a part of one', () => {
    for (let px = 0; px <= room(8) + 5; px++)
      for (const bars of [1, 2, 3, 6])
        for (const heading of [false, true])
          for (const idle of [false, true]) {
            const fit = portPanelFit({ heading, bars, idle }, px);
            expect(lines(fit) * PANEL_LINE_PX).toBeLessThanOrEqual(px);
            expect(fit.bars + fit.more).toBe(px >= PANEL_LINE_PX ? bars : 0);
            expect(fit.legends).toBeLessThanOrEqual(fit.bars);
          }
  });

  it('has nothing to show without a port group in use, or without room for a line', () => {
    expect(lines(portPanelFit({ heading: true, bars: 0, idle: true }, room(4)))).toBe(0);
    expect(lines(portPanelFit({ heading: true, bars: 2, idle: true }, PANEL_LINE_PX - 1))).toBe(0);
  });
});
