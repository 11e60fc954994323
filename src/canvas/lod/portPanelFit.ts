/**
 * How much of a port panel (nodes/PortPanel.tsx) a card holds. The panel stays inside its card: the card
 * keeps the size the floor grid gives it, because the gaps below a card carry runs and their labels
 * and the next row's cards, which a grown card would cover. So the panel is made of lines of one
 * height and drops what does not fit, least telling first: the idle port groups, then the legends
 * (last port group's first), then the heading; a port group's line (name, cages bar, cages left) goes
 * last, folded into one "more" line. What is dropped reads in the tooltips.
 */

/** One line of the panel, px: its 7.5 px text at 9 px leading. */
export const PANEL_LINE_PX = 9;

/** A card's text box at the port level: 4 px padding above, 2 px below. */
export const PORT_CARD_TEXT = 'pt-1 pb-0.5';
/** Its name row at the port level: 16 px. */
export const PORT_NAME_ROW = 'h-4 leading-4';
/** What the text box keeps besides its panel at the port level, px: padding, the name row and a 2 px gap (the panel's mt-0.5). */
const CHROME_PX = 4 + 16 + 2 + 2;

export interface PortPanelContent {
  /** Whether the panel has a heading ("Ports per switch, busiest of 2"). */
  readonly heading: boolean;
  /** Port groups in use, one line each at least. */
  readonly bars: number;
  /** Whether there is a line of port groups no link group uses. */
  readonly idle: boolean;
}

export interface PortPanelFit {
  readonly heading: boolean;
  /** Port groups drawn, the first ones. */
  readonly bars: number;
  /** Of those, how many (the first ones) have their legend line. */
  readonly legends: number;
  /** Port groups folded into one "more" line. */
  readonly more: number;
  readonly idle: boolean;
}

const NOTHING: PortPanelFit = { heading: false, bars: 0, legends: 0, more: 0, idle: false };

/**
 * The room a card `cardPx` high leaves its panel at the port level, px: inside its 1 px border, or
 * inside its header `headerPx` high when its text stands in one (a rack holding switches).
 */
export function portPanelRoomPx(cardPx: number, headerPx?: number): number {
  return Math.max(0, (headerPx ?? cardPx - 2) - CHROME_PX);
}

/** What of `content` fits in `roomPx` of height. */
export function portPanelFit(content: PortPanelContent, roomPx: number): PortPanelFit {
  const lines = Math.floor(roomPx / PANEL_LINE_PX);
  if (lines < 1 || content.bars < 1) return NOTHING;
  if (content.bars > lines) return { ...NOTHING, bars: lines - 1, more: content.bars - (lines - 1) };
  let left = lines - content.bars;
  const heading = content.heading && left > 0;
  if (heading) left--;
  const legends = Math.min(content.bars, left);
  left -= legends;
  return { heading, bars: content.bars, legends, more: 0, idle: content.idle && left > 0 };
}
