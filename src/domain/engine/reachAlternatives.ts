/**
 * When no optic both ends can host reaches a run, the optics that would reach it and what they
 * need: the way forward across buildings on twin-port OSFP switches (QM9700, SN5600).
 */
import type { Catalog } from '../catalog/catalog.ts';
import type { FiberGrade, Protocol } from '../catalog/types.ts';
import { fitEnd } from './endFit.ts';

export interface ReachAlternative {
  readonly optic: string;
  readonly reachM: number;
  /** The end device that cannot host it, and why. */
  readonly model: string;
  readonly needs: 'protocol' | 'form-factor' | 'speed' | 'power-class';
  /** For `protocol`: what the optic's modules speak. */
  readonly protocols: readonly Protocol[];
}

/** Up to `limit` optics of `rateGbps` with a published budget on `fiber` that reach `lengthM`, shortest reach first. */
export function reachAlternatives(catalog: Catalog, models: readonly string[], rateGbps: number, fiber: FiberGrade, lengthM: number, limit = 3): ReachAlternative[] {
  const out: ReachAlternative[] = [];
  for (const [id, optic] of Object.entries(catalog.optics)) {
    const reachM = optic.reachM[fiber];
    if (optic.rateGbps !== rateGbps || reachM === undefined || reachM < lengthM || optic.maxChannelLossDb[fiber] === undefined) continue;
    for (const model of models) {
      const fit = fitEnd(catalog, model, id);
      if (fit.ok || fit.reason === 'unknown-model' || fit.reason === 'unknown-optic' || fit.reason === 'unknown-port-group') continue;
      const protocols = fit.reason === 'protocol' ? (fit.module.protocols ?? []) : [];
      out.push({ optic: id, reachM, model, needs: fit.reason, protocols });
      break;
    }
  }
  return out.sort((x, y) => x.reachM - y.reachM || x.optic.localeCompare(y.optic)).slice(0, limit);
}
