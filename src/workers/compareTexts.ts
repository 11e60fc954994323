/**
 * *Compare with a file…*'s work, done in a worker: the file read as a design, both revisions
 * analyzed (a cold analysis of a 100k-GPU design takes the page's thread for ~150 ms) and diffed.
 * The open design comes in serialized, as the hand-off worker's does.
 */
import { diffDesigns, type DesignDiff } from '../domain/diff/diffDesigns.ts';
import { analyzeDesign } from '../domain/engine/analyzeDesign.ts';
import type { Problem } from '../domain/format/problem.ts';
import { parseDesign } from '../domain/format/parseDesign.ts';
import type { Design } from '../domain/model/design.ts';
import { analyzeDesignText } from './analyzeDesignText.ts';

export interface CompareRequest {
  /** The chosen file's text: the earlier revision. */
  readonly fileText: string;
  /** The open design, serialized: the later revision. */
  readonly designText: string;
}

export type CompareResult = { readonly ok: true; readonly before: Design; readonly diff: DesignDiff } | { readonly ok: false; readonly problems: readonly Problem[] };

export function compareTexts({ fileText, designText }: CompareRequest): CompareResult {
  const before = parseDesign(fileText);
  if (!before.ok) return before;
  const diff = diffDesigns({ design: before.design, analysis: analyzeDesign(before.design) }, analyzeDesignText(designText));
  return { ok: true, before: before.design, diff };
}
