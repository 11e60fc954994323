/** Whether the autosaver may write now, and what: the rules that keep a stored design from being clobbered. */
import type { Design } from '../domain/model/design.ts';
import type { Change } from './changeLog.ts';
import { diffDesign } from './designPatch.ts';

export interface SaveContext {
  /** The start-up load has finished (until then the open design may be half-loaded or a placeholder). */
  readonly started: boolean;
  readonly design: Design | null;
  /** The last open attempt failed: what is on screen is not the user's design. */
  readonly loadFailed: boolean;
  /** The design storage holds as this tab last wrote or read it; null: storage holds another one, write this one whole. */
  readonly base: Design | null;
}

export type SaveDecision =
  | { readonly save: true; readonly change: Change }
  | { readonly save: false; readonly reason: 'starting' | 'no-design' | 'load-failed' | 'empty' | 'unchanged' };

/**
 * Never before start-up finished, never a design that failed to load, never an empty design (it
 * holds nothing to lose, and must not replace one that does). A change is logged as a patch from
 * the base, or as the whole design when there is no base.
 */
export function decideSave(ctx: SaveContext): SaveDecision {
  if (!ctx.started) return { save: false, reason: 'starting' };
  if (ctx.loadFailed) return { save: false, reason: 'load-failed' };
  if (!ctx.design) return { save: false, reason: 'no-design' };
  if (ctx.design.nodes.length === 0 && ctx.design.links.length === 0) return { save: false, reason: 'empty' };
  if (!ctx.base) return { save: true, change: { reset: ctx.design } };
  const patch = diffDesign(ctx.base, ctx.design);
  return patch ? { save: true, change: { patch } } : { save: false, reason: 'unchanged' };
}
