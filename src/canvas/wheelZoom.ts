/**
 * Ctrl+wheel (and trackpad pinch, which browsers report as Ctrl+wheel) zooms in proportion to how
 * far the wheel turned, capped per event: React Flow's own handler multiplies by 2^(deltaY/50) on
 * macOS, so a mouse notch (deltaY about 100) jumped 4× and eight notches crossed the whole zoom range.
 */

/** Octaves of zoom per pixel of wheel travel. */
const OCTAVES_PER_PX = 0.0025;
/** At most this many octaves per wheel event: a mouse notch is about 1.19× (eight notches about 4×). */
const MAX_OCTAVES = 0.25;
/** Pixels per line, and per page, for wheels that report in lines (Firefox) or pages. */
const LINE_PX = 16;
const PAGE_PX = 800;

export function wheelZoomFactor(deltaY: number, deltaMode: number): number {
  const px = deltaY * (deltaMode === 1 ? LINE_PX : deltaMode === 2 ? PAGE_PX : 1);
  const octaves = Math.max(-MAX_OCTAVES, Math.min(MAX_OCTAVES, -px * OCTAVES_PER_PX));
  return 2 ** octaves;
}
