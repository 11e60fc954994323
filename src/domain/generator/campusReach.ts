/** Plain words on what carries a run between buildings at the fabric rate, for a run nothing fitting passes. */
import type { Catalog } from '../catalog/catalog.ts';
import { fitEnd } from '../engine/endFit.ts';

const km = (m: number) => (m >= 1000 ? `${(m / 1000).toLocaleString('en-US')} km` : `${m} m`);

/**
 * Every single-mode optic at `rateGbps` whose OS2 reach covers `lengthM`, each with what the two ends
 * make of it, then the farthest reach of a module that fills both ends' cages, then the ways forward.
 */
export function campusReach(catalog: Catalog, modelA: string, modelB: string, rateGbps: number, lengthM: number): string {
  const models = [...new Set([modelA, modelB])];
  const reaching: string[] = [];
  let farthestFilling: { name: string; reachM: number } | null = null;
  for (const [id, optic] of Object.entries(catalog.optics)) {
    const reachM = optic.reachM.OS2;
    if (optic.rateGbps !== rateGbps || optic.medium !== 'smf' || reachM === undefined) continue;
    const fits = models.map((m) => ({ model: m, fit: fitEnd(catalog, m, id) }));
    const hosted = fits.every((f) => f.fit.ok);
    const filling = fits.every((f) => f.fit.ok && f.fit.fillsCage);
    if (filling && reachM < lengthM && (!farthestFilling || reachM > farthestFilling.reachM)) farthestFilling = { name: optic.name, reachM };
    if (reachM < lengthM) continue;
    const missing = fits.filter((f) => !f.fit.ok).map((f) => f.model);
    const note = !hosted ? `no module for ${missing.join(' or ')}` : filling ? 'fits both ends' : 'single-port module: one link per twin-port cage, so twice the cages';
    reaching.push(`${id} (${optic.name}, ${km(reachM)}; ${note})`);
  }
  const what = reaching.length ? `What reaches ${km(lengthM)} at ${rateGbps}G: ${reaching.join('; ')}.` : `No ${rateGbps}G optic in the catalog reaches ${km(lengthM)}.`;
  const farthest = farthestFilling ? ` The farthest a module that fills these switches' cages reaches is ${km(farthestFilling.reachM)} (${farthestFilling.name}).` : '';
  return (
    `${what}${farthest} Choose the campus optic (--campus-optic ID; dialog: Campus optic), bring the buildings closer, ` +
    'or join the buildings through aggregation switches whose QSFP-DD or OSFP ports take single-port LR4 or DCI (ZR) optics.'
  );
}
