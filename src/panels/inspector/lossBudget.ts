/** The loss budget of a link group line by line: fiber, connections, splices, total, budget, margin. */
import { channelLoss } from '../../domain/engine/channelLoss.ts';
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
  const loss = channelLoss(verdict.lengthM, plant);
  // connections grouped by class: "LC connections 4 x 0.25 dB", "MPO APC connections 2 x 0.35 dB"
  const classes = new Map<string, { n: number; lossDb: number }>();
  for (const c of loss.connectors) {
    const key = `${c.type.toUpperCase()}${c.apc ? ' APC' : ''}\u0000${c.lossDb}`;
    classes.set(key, { n: (classes.get(key)?.n ?? 0) + 1, lossDb: c.lossDb });
  }
  const connectionLines = [...classes].map(([key, c]) => ({
    label: classes.size > 1 ? `${key.split('\u0000')[0]} connections` : 'Connections',
    detail: `${c.n} × ${figure.format(c.lossDb)} dB`,
    lossDb: round2(c.n * c.lossDb),
  }));
  return {
    lines: [
      { label: `Fiber ${plant.fiber}`, detail: `${figure.format(loss.fiberKm)} km × ${figure.format(plant.attenuationDbPerKm)} dB/km`, lossDb: loss.fiberDb },
      ...(connectionLines.length ? connectionLines : [{ label: 'Connections', detail: '0', lossDb: 0 }]),
      { label: 'Splices', detail: `${plant.splices} × ${figure.format(plant.spliceLossDb)} dB`, lossDb: loss.splicesDb },
    ],
    totalDb: fit.lossDb,
    budgetDb: fit.budgetDb,
    marginDb: fit.marginDb,
  };
}

export function formatDb(db: number): string {
  return `${db.toFixed(2)} dB`;
}
