/**
 * The viewport that brings a rectangle (flow coordinates) into view: none when it is already wholly
 * on screen at a zoom where it is drawn; else centred on it, at the current zoom where it fits and is
 * drawn (semantic zoom hides a hall below HALLS_FROM, a rack or switch below RACKS_FROM), zoomed in
 * to that level or out to fit it otherwise.
 */
import type { DesignNode } from '../domain/model/design.ts';
import type { Rect } from './edgeGeometry.ts';
import { HALLS_FROM, RACKS_FROM } from './lod/levelOfDetail.ts';

export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

/** The least zoom at which a node of a kind is drawn as itself. */
const SHOWN_FROM: Record<DesignNode['kind'], number> = { building: 0, hall: HALLS_FROM, rack: RACKS_FROM, switch: RACKS_FROM };
/** Room kept around a revealed rectangle, as a share of the screen. */
const MARGIN = 0.1;

export function revealViewport(rect: Rect, kind: DesignNode['kind'], now: Viewport, screen: { width: number; height: number }, maxZoom: number): Viewport | null {
  const fitZoom = Math.min((screen.width * (1 - 2 * MARGIN)) / rect.width, (screen.height * (1 - 2 * MARGIN)) / rect.height, maxZoom);
  const zoom = Math.min(Math.max(now.zoom, SHOWN_FROM[kind]), fitZoom);
  const left = (rect.x * now.zoom + now.x) / screen.width;
  const top = (rect.y * now.zoom + now.y) / screen.height;
  const right = ((rect.x + rect.width) * now.zoom + now.x) / screen.width;
  const bottom = ((rect.y + rect.height) * now.zoom + now.y) / screen.height;
  if (zoom === now.zoom && left >= 0 && top >= 0 && right <= 1 && bottom <= 1) return null;
  return { x: screen.width / 2 - (rect.x + rect.width / 2) * zoom, y: screen.height / 2 - (rect.y + rect.height / 2) * zoom, zoom };
}
