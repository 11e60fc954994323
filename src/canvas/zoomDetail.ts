/** How much a card shows at a zoom (ViewportDetail.tsx sets it on the canvas; canvas.css draws it). */

/** Below this zoom, 13 px text is under 3.3 px on screen: cards show as shapes, without their text. */
export const FAR_ZOOM = 0.25;
/** Below this zoom, the dot grid's dots are under half a pixel and the floor grid's dashes about one. */
export const MID_ZOOM = 0.35;

/** "near": everything; "mid": no dot grid, solid floor-grid lines; "far": cards as coloured shapes, no text. */
export type Detail = 'near' | 'mid' | 'far';

export function detailAt(zoom: number): Detail {
  return zoom < FAR_ZOOM ? 'far' : zoom < MID_ZOOM ? 'mid' : 'near';
}
