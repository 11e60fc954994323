/** Whether the autosaver may write now: the rules that keep a stored design from being clobbered. */
import type { Design } from '../domain/model/design.ts';

export interface SaveContext {
  /** The start-up load has finished (until then the open design may be half-loaded or a placeholder). */
  readonly started: boolean;
  readonly design: Design | null;
  /** The last open attempt failed: what is on screen is not the user's design. */
  readonly loadFailed: boolean;
  /** The text last written (or restored), to skip writing the same design again. */
  readonly lastSavedText: string | null;
}

export type SaveDecision =
  | { readonly save: true; readonly text: string }
  | { readonly save: false; readonly reason: 'starting' | 'no-design' | 'load-failed' | 'empty' | 'unchanged' }
  | { readonly save: false; readonly reason: 'unserializable'; readonly message: string };

/**
 * Never before start-up finished, never a design that failed to load, never an empty design (it
 * holds nothing to lose, and must not replace one that does), never a design that cannot be written.
 */
export function decideSave(ctx: SaveContext, serialize: (design: Design) => string): SaveDecision {
  if (!ctx.started) return { save: false, reason: 'starting' };
  if (ctx.loadFailed) return { save: false, reason: 'load-failed' };
  if (!ctx.design) return { save: false, reason: 'no-design' };
  if (ctx.design.nodes.length === 0 && ctx.design.links.length === 0) return { save: false, reason: 'empty' };
  let text: string;
  try {
    text = serialize(ctx.design);
  } catch (err) {
    return { save: false, reason: 'unserializable', message: err instanceof Error ? err.message : String(err) };
  }
  return text === ctx.lastSavedText ? { save: false, reason: 'unchanged' } : { save: true, text };
}
