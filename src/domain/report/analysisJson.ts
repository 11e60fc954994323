/** The stable JSON shape of `fabric analyze --json` (documented in the README; scripts rely on it). */
import type { Analysis } from '../engine/analyzeDesign.ts';
import { describeFinding } from '../engine/describeFinding.ts';

export function analysisJson(analysis: Analysis) {
  return {
    summary: analysis.summary,
    links: analysis.links.map((v) => ({
      id: v.linkId,
      status: v.status,
      path: v.path,
      lengthM: v.lengthM,
      shortestM: v.shortestM,
      fiber: v.plant.fiber,
      lossDb: v.fit?.lossDb ?? null,
      budgetDb: v.fit?.budgetDb ?? null,
      marginDb: v.fit?.marginDb ?? null,
      /** False when an optic of the link publishes no channel loss on its fiber (a loss-unverified warning). */
      lossVerified: !v.findings.some((f) => f.code === 'loss-unverified'),
      reachM: v.fit?.reachM ?? null,
      capacityGbps: v.capacityGbps,
      cables: v.cables,
      strands: v.strands,
      moduleA: v.endA?.moduleId ?? null,
      moduleB: v.endB?.moduleId ?? null,
      lengthTerms: v.terms,
      findings: v.findings.map((f) => ({ code: f.code, severity: f.severity, message: describeFinding(f, analysis.catalog) })),
    })),
    findings: analysis.findings,
    switches: analysis.bandwidth.switches,
    tiers: analysis.bandwidth.tiers,
    halls: analysis.bandwidth.halls,
    buildings: analysis.bandwidth.buildings,
    bom: analysis.bom,
  };
}
