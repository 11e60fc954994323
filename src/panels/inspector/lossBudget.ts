/** The loss budget of a link group line by line: fiber, connections, splices, total, budget, margin. */
import type { LinkVerdict } from '../../domain/engine/linkVerdict.ts';

export interface LossLine {
  readonly label: string;
  /** How the figure is made, e.g. "0.633 km × 0.4 dB/km". */
  readonly detail: string;
  readonly lossDb: number;
}

export interface LossBudget {
  readonly lines: readonly LossLine[];
  readonly totalDb: number;
  readonly budgetDb: number | null;
  readonly marginDb: number | null;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const figure = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** Null when the link has no fiber loss to budget (copper and AOC assemblies, or no fit at all). */
export function lossBudgetOf(verdict: LinkVerdict): LossBudget | null {
  const { plant, fit } = verdict;
  if (!fit || fit.lossDb === null || !plant.fiber) return null;
  const km = verdict.lengthM / 1000;
  return {
    lines: [
      { label: `Fiber ${plant.fiber}`, detail: `${figure.format(km)} km × ${figure.format(plant.attenuationDbPerKm)} dB/km`, lossDb: round2(km * plant.attenuationDbPerKm) },
      { label: 'Connections', detail: `${plant.connections} × ${figure.format(plant.connectorLossDb)} dB`, lossDb: round2(plant.connections * plant.connectorLossDb) },
      { label: 'Splices', detail: `${plant.splices} × ${figure.format(plant.spliceLossDb)} dB`, lossDb: round2(plant.splices * plant.spliceLossDb) },
    ],
    totalDb: fit.lossDb,
    budgetDb: fit.budgetDb,
    marginDb: fit.marginDb,
  };
}

export function formatDb(db: number): string {
  return `${db.toFixed(2)} dB`;
}
