/** How a group's optics fit its run: the fit of end A's optic, and for a breakout the worse of both optics. */
import type { OpticSpec } from '../catalog/types.ts';
import type { EndFit } from './endFit.ts';
import { fitOptic, type OpticFit, type Plant } from './opticFit.ts';

/** The fit over `lengthM` of the group's plant, within the reach the ends' modules allow. */
export function groupFit(opticA: OpticSpec, opticB: OpticSpec | undefined, lengthM: number, plant: Plant, endA: EndFit | null, endB: EndFit | null): OpticFit {
  const fit = fitOptic(opticA, lengthM, plant, reachLimit(endA, endB));
  return opticB && opticB !== opticA ? stricter(fit, fitOptic(opticB, lengthM, plant)) : fit;
}

/** The shortest reach limit of the ends' modules (a module that drives its own short channel), if any. */
function reachLimit(a: EndFit | null, b: EndFit | null): number | undefined {
  const limits = [a, b].flatMap((e) => (e?.ok && e.module.reachLimitM !== undefined ? [e.module.reachLimitM] : []));
  return limits.length ? Math.min(...limits) : undefined;
}

const REACH_RANK = { ok: 0, unspecified: 0, near: 1, exceeded: 2 } as const;
const LOSS_RANK = { ok: 0, 'no-budget': 0, 'low-margin': 1, exceeded: 2 } as const;

/** For breakouts both optics must hold: keep the worse verdict of the two. */
function stricter(x: OpticFit, y: OpticFit): OpticFit {
  const reach = REACH_RANK[y.reachStatus] > REACH_RANK[x.reachStatus] ? y : x;
  const loss = LOSS_RANK[y.lossStatus] > LOSS_RANK[x.lossStatus] ? y : x;
  return { ...reach, lossDb: loss.lossDb, budgetDb: loss.budgetDb, marginDb: loss.marginDb, lossStatus: loss.lossStatus };
}
