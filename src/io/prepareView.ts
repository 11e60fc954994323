/**
 * Derives what a design's first view needs (its analysis and canvas elements) before it is opened,
 * in steps with the page's event loop turning between them, so a 100k-GPU design never holds the
 * page in one long task (issue 12: none over 200 ms).
 *
 * The engine keeps its per-link results (verdicts, cable runs, plant tallies, device loads) on the
 * unchanged objects, so analyzing the design a few link groups at a time fills those caches, and
 * the whole design's analysis then mostly adds up. The slices grow or shrink to stay near a time
 * budget, since one link group can cost anything from microseconds to tens of milliseconds.
 */
import { analyzeDesign } from '../domain/engine/analyzeDesign.ts';
import type { Design } from '../domain/model/design.ts';
import { flowElementsInSteps } from '../canvas/flowElementsOf.ts';
import { runInSteps } from '../canvas/steps.ts';
import { analysisOf } from '../store/useAnalysis.ts';

/** Work per step, ms: long enough to amortize a partial analysis, short of a long task (50 ms). */
export const STEP_BUDGET_MS = 40;

/** Lets the page handle input and draw a frame before the next step. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export interface PrepareSteps {
  readonly pause?: () => Promise<void>;
  readonly now?: () => number;
  /** Called with the link groups each partial analysis covers (the tests count them). */
  readonly onSlice?: (linkGroups: number) => void;
}

export async function prepareView(design: Design, steps: PrepareSteps = {}): Promise<void> {
  const { pause = nextTask, now = () => performance.now(), onSlice } = steps;
  let size = 1;
  for (let from = 0; from < design.links.length; ) {
    const links = design.links.slice(from, from + size);
    const started = now();
    analyzeDesign({ ...design, links });
    onSlice?.(links.length);
    from += links.length;
    const spentMs = now() - started;
    size = Math.max(1, Math.min(size * 2, Math.round((size * STEP_BUDGET_MS) / Math.max(spentMs, 1))));
    await pause();
  }
  analysisOf(design);
  await pause();
  await runInSteps(flowElementsInSteps(design), pause, STEP_BUDGET_MS, now);
  await pause();
}
