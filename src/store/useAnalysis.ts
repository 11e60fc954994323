/** The engine's verdicts are derived, never stored: one analysis per design object, shared by every reader. */
import { analyzeDesign, type Analysis } from '../domain/engine/analyzeDesign.ts';
import type { Design } from '../domain/model/design.ts';
import { useDesignStore } from './designStoreContext.ts';

const analyses = new WeakMap<Design, Analysis>();

/** Analysis of `design`, memoised on the design object's identity (the store replaces it on every edit). */
export function analysisOf(design: Design): Analysis {
  let analysis = analyses.get(design);
  if (!analysis) {
    analysis = analyzeDesign(design);
    analyses.set(design, analysis);
  }
  return analysis;
}

export function useAnalysis(): Analysis | null {
  const design = useDesignStore((s) => s.design);
  return design ? analysisOf(design) : null;
}
