/** What a group's plant says about its optic: the fiber it is specified on, reach, loss budget, and budgets not published. */
import { FIBER_FAMILY, FIBER_GRADES, type OpticSpec } from '../catalog/types.ts';
import type { LinkGroup } from '../model/design.ts';
import type { CableRun } from './cableLength.ts';
import type { Finding } from './findings.ts';
import { linkLoss } from './linkLoss.ts';
import type { LinkContext } from './linkVerdict.ts';
import type { OpticFit, Plant } from './opticFit.ts';
import type { Site } from './placement.ts';
import { suggestOptic } from './rankOptics.ts';
import { reachAlternatives } from './reachAlternatives.ts';

/** False (with a fiber-mismatch finding) when the optic is not specified on the link's fiber. */
export function plantFits(link: LinkGroup, optic: OpticSpec, plant: Plant, findings: Finding[]): boolean {
  if (!plant.fiber || (optic.medium !== 'smf' && optic.medium !== 'mmf')) return true;
  if (FIBER_FAMILY[plant.fiber] === optic.medium && optic.reachM[plant.fiber] !== undefined) return true;
  const specifiedOn = FIBER_GRADES.filter((g) => optic.reachM[g] !== undefined);
  findings.push({ code: 'fiber-mismatch', severity: 'error', linkId: link.id, optic: link.optic, fiber: plant.fiber, specifiedOn });
  return false;
}

/** No silent pass: an optic without a published budget on this fiber gets a warning, never ok. */
export function unverifiedFindings(
  link: LinkGroup,
  optics: readonly (readonly [string, OpticSpec])[],
  run: CableRun,
  plant: Plant,
  ctx: LinkContext,
  a: Site,
  b: Site,
): Finding[] {
  const { fiber } = plant;
  if (!fiber) return [];
  const unverified = [...new Map(optics)].filter(([, optic]) => optic.maxChannelLossDb[fiber] === undefined);
  const suggestion = unverified.length ? suggestOptic(link, a, b, run, ctx, true) : null;
  const lossDb = linkLoss(run.lengthM, run.lengthM, plant).maxDb;
  return unverified.map(([optic]) => ({ code: 'loss-unverified', severity: 'warning', linkId: link.id, optic, fiber, lengthM: run.lengthM, lossDb, suggestion }));
}

export function plantFindings(
  link: LinkGroup,
  plant: Plant,
  fit: OpticFit,
  run: CableRun,
  ctx: LinkContext,
  a: Site,
  b: Site,
  findings: Finding[],
): void {
  const needsSuggestion = fit.reachStatus === 'exceeded' || fit.lossStatus === 'exceeded' || fit.lossStatus === 'low-margin';
  const lengthM = run.lengthM;
  const suggestion = needsSuggestion ? suggestOptic(link, a, b, run, ctx) : null;
  if (fit.reachM !== null && (fit.reachStatus === 'exceeded' || fit.reachStatus === 'near')) {
    findings.push({
      code: 'reach-exceeded',
      severity: fit.reachStatus === 'exceeded' ? 'error' : 'warning',
      linkId: link.id,
      optic: link.optic,
      lengthM,
      reachM: fit.reachM,
      fiber: plant.fiber,
      suggestion: fit.reachStatus === 'exceeded' ? suggestion : null,
      alternatives:
        fit.reachStatus === 'exceeded' && !suggestion && plant.fiber && a.model && b.model
          ? reachAlternatives(ctx.catalog, [a.model, b.model], ctx.catalog.optics[link.optic]?.rateGbps ?? 0, plant.fiber, lengthM)
          : [],
    });
  }
  if (fit.lossDb !== null && fit.budgetDb !== null && fit.marginDb !== null && fit.lossStatus !== 'ok') {
    findings.push({
      code: 'loss-budget-exceeded',
      severity: fit.lossStatus === 'exceeded' ? 'error' : 'warning',
      linkId: link.id,
      optic: link.optic,
      lengthM,
      lossDb: fit.lossDb,
      budgetDb: fit.budgetDb,
      marginDb: fit.marginDb,
      connections: plant.connections,
      connectorLossDb: plant.connectorLossDb,
      splices: plant.splices,
      suggestion,
    });
  }
}
