/** A worker's first step: the design from its serialized text, and its analysis (a bad file throws, for the worker's `failed` reply). */
import { analyzeDesign, type Analysis } from '../domain/engine/analyzeDesign.ts';
import { parseDesign } from '../domain/format/parseDesign.ts';
import type { Design } from '../domain/model/design.ts';

export function analyzeDesignText(text: string): { design: Design; analysis: Analysis } {
  const parsed = parseDesign(text);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path} ${p.message}`).join('; '));
  return { design: parsed.design, analysis: analyzeDesign(parsed.design) };
}
