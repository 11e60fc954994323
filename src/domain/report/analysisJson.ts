/** The stable JSON shape of `fabric analyze --json` (documented in the README; scripts rely on it). */
import type { Analysis } from '../engine/analyzeDesign.ts';
import type { Crossing } from '../engine/bandwidth.ts';
import { describeFinding } from '../engine/describeFinding.ts';
import type { Design } from '../model/design.ts';
import { placePairCapacity, type PairCapacity } from './placePairCapacity.ts';

export function analysisJson(design: Design, analysis: Analysis) {
  const pairs = placePairCapacity(design, analysis);
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
    halls: analysis.bandwidth.halls.map((c, i) => placePair(c, pairs.halls[i]!)),
    buildings: analysis.bandwidth.buildings.map((c, i) => placePair(c, pairs.buildings[i]!)),
    bom: analysis.bom,
  };
}

/** A pair's crossing figures (pairs of `analysis.bandwidth`, in the same order as `placePairCapacity`), then the report's capacity-table figures: names, verdict and the trunks joining the two places. */
function placePair(c: Crossing, p: PairCapacity) {
  return {
    ...c,
    between: p.between,
    viaBuildings: p.buildings,
    linkGroups: p.linkGroups,
    status: p.status,
    trunks: p.trunks,
    trunkFibersUsed: p.usedFibers,
    trunkFibersProvisioned: p.provisionedFibers,
  };
}
