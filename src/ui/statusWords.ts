/** A verdict shown by shape and word as well as colour, so it survives colour blindness and greyscale print. */
import type { LinkStatus } from '../domain/engine/linkVerdict.ts';

export const STATUS_GLYPH: Record<LinkStatus, string> = { ok: '✓', warning: '⚠', error: '✕' };
export const STATUS_WORD: Record<LinkStatus, string> = { ok: 'OK', warning: 'Warning', error: 'Error' };
export const STATUS_TEXT_CLASS: Record<LinkStatus, string> = {
  ok: 'text-emerald-700',
  warning: 'text-amber-600',
  error: 'text-red-600',
};
/** Stroke colours for the canvas (Tailwind emerald-600, amber-500, red-600). */
export const STATUS_STROKE: Record<LinkStatus, string> = { ok: '#059669', warning: '#d97706', error: '#dc2626' };
