/**
 * Semantic zoom: which buildings and halls are drawn as summary cards, chosen by the zoom and by what
 * is on screen. Zoomed far out every building is one card; further in every hall is one card; from
 * RACKS_FROM the halls on screen open into their floor plans, racks and switches, the most visible
 * first, as long as the mounted elements stay within ELEMENT_BUDGET (PERFORMANCE.md: about 1,000
 * mounted nodes and edges at most). From PORTS_FROM the racks and switches on screen also show how
 * their ports are used. Pure, so the mounted count per level is a tested figure.
 */
import type { Design, NodeId } from '../../domain/model/design.ts';
import type { Rect } from '../edgeGeometry.ts';

export type Level = 'campus' | 'halls' | 'racks';

/** From this zoom in, halls show as cards of their own (a building is then at least ~2 screens of text wide). */
export const HALLS_FROM = 0.1;
/** From this zoom in, the halls on screen show their racks and switches (the canvas's "far" look starts below it). */
export const RACKS_FROM = 0.25;
/**
 * From this zoom in, the racks and switches on screen show their port groups (nodes/PortPanel.tsx):
 * its 7.5 px text is then at least 11 px on screen.
 */
export const PORTS_FROM = 1.5;
/** Mounted nodes plus edges the canvas aims to stay under. */
export const ELEMENT_BUDGET = 1000;

export function levelAt(zoom: number): Level {
  return zoom < HALLS_FROM ? 'campus' : zoom < RACKS_FROM ? 'halls' : 'racks';
}

/**
 * How much a label drawn in canvas pixels is scaled so that it reads at about its nominal size on
 * screen at any zoom: enlarged zoomed out, shrunk zoomed in, never below the nominal size (at most a
 * quarter octave, 19 %, above it). Quarter-octave steps, so the stylesheet changes a few times per
 * zoom gesture, not every frame.
 */
export function screenScale(zoom: number): number {
  return 2 ** (Math.ceil(Math.log2(1 / zoom) * 4) / 4);
}

/** screenScale, never shrinking: card text grows with the cards when zoomed in. */
export function labelScale(zoom: number): number {
  return Math.max(1, screenScale(zoom));
}

/** The nodes, of `candidates` (their canvas rects), that show their ports at a zoom over the part of the canvas on screen. */
export function portDetailAt(candidates: ReadonlyMap<NodeId, Rect>, zoom: number, view: Rect): Set<NodeId> {
  if (zoom < PORTS_FROM) return new Set();
  return new Set([...candidates].filter(([, rect]) => overlap(rect, view) > 0).map(([id]) => id));
}

/** What a hall costs to open: its descendants and the link groups touching them. */
export interface HallCost {
  readonly id: NodeId;
  readonly rect: Rect;
  readonly elements: number;
}

export function hallCosts(design: Design, rects: ReadonlyMap<NodeId, Rect>): HallCost[] {
  const parent = new Map(design.nodes.map((n) => [n.id, n.kind === 'building' ? null : n.parent]));
  const isHall = new Set(design.nodes.filter((n) => n.kind === 'hall').map((n) => n.id));
  const hallOf = (id: NodeId): NodeId | null => {
    for (let n: NodeId | null = id; n !== null; n = parent.get(n) ?? null) if (isHall.has(n)) return n;
    return null;
  };
  const elements = new Map<NodeId, number>([...isHall].map((id) => [id, 0]));
  const bump = (hall: NodeId | null) => hall !== null && elements.set(hall, elements.get(hall)! + 1);
  for (const n of design.nodes) if (n.kind === 'rack' || n.kind === 'switch') bump(hallOf(n.id));
  for (const l of design.links) {
    const a = hallOf(l.a);
    const b = hallOf(l.b);
    bump(a);
    if (b !== a) bump(b);
  }
  return [...elements].flatMap(([id, count]) => {
    const rect = rects.get(id);
    return rect ? [{ id, rect, elements: count }] : [];
  });
}

/** The containers drawn as summary cards at a zoom, for the part of the canvas on screen (flow coordinates). */
export function collapsedAt(design: Design, halls: readonly HallCost[], zoom: number, view: Rect, budget = ELEMENT_BUDGET): Set<NodeId> {
  const level = levelAt(zoom);
  if (level === 'campus') return new Set(design.nodes.filter((n) => n.kind === 'building').map((n) => n.id));
  const collapsed = new Set(halls.map((h) => h.id));
  if (level === 'halls') return collapsed;
  let spent = design.nodes.length - design.nodes.filter((n) => n.kind === 'rack' || n.kind === 'switch').length;
  const onScreen = halls.map((h) => ({ hall: h, area: overlap(h.rect, view) })).filter((h) => h.area > 0);
  onScreen.sort((p, q) => q.area - p.area);
  for (const [i, { hall }] of onScreen.entries()) {
    // the hall most on screen always opens, even alone over the budget: otherwise its racks could never be reached
    if (i > 0 && spent + hall.elements > budget) continue;
    spent += hall.elements;
    collapsed.delete(hall.id);
  }
  return collapsed;
}

function overlap(p: Rect, q: Rect): number {
  const w = Math.min(p.x + p.width, q.x + q.width) - Math.max(p.x, q.x);
  const h = Math.min(p.y + p.height, q.y + q.height) - Math.max(p.y, q.y);
  return w > 0 && h > 0 ? w * h : 0;
}
