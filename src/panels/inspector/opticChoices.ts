/** The optics a link group can use, ranked by the engine for this very run, as select choices. */
import type { Analysis } from '../../domain/engine/analyzeDesign.ts';
import { rankOptics, type OpticOption } from '../../domain/engine/rankOptics.ts';
import type { LinkVerdict } from '../../domain/engine/linkVerdict.ts';
import type { Catalog } from '../../domain/catalog/catalog.ts';
import type { Design, LinkGroup } from '../../domain/model/design.ts';
import { STATUS_GLYPH } from '../../ui/statusWords.ts';
import { formatLength } from '../../ui/format.ts';
import type { Choice } from './fields/SelectField.tsx';

/** Every optic both ends can host, best first (passes, then fills cages, then watts...); empty when an end has no model. */
export function rankedOptions(link: LinkGroup, verdict: LinkVerdict, analysis: Analysis, design: Design): OpticOption[] {
  const modelA = analysis.sites.get(link.a)?.model;
  const modelB = analysis.sites.get(link.b)?.model;
  if (!modelA || !modelB) return [];
  return rankOptics({ modelA, modelB, lengthM: verdict.lengthM, path: verdict.path, link, portsA: link.portsA, portsB: link.portsB }, analysis.catalog, design.settings);
}

export function opticChoices(link: LinkGroup, options: readonly OpticOption[], catalog: Catalog): Choice[] {
  const choices = options.map((o) => ({ value: o.optic, label: optionLabel(o, catalog) }));
  if (!options.some((o) => o.optic === link.optic)) {
    choices.push({ value: link.optic, label: `${catalog.optics[link.optic]?.name ?? link.optic} · not usable at both ends` });
  }
  return choices;
}

/** "400GBASE-FR4 · ✓ 2 km · 1.75 dB margin": verdict, reach and margin for this run. */
export function optionLabel(option: OpticOption, catalog: Catalog): string {
  const parts = [`${catalog.optics[option.optic]?.name ?? option.optic}`];
  const reach = option.fit.reachM === null ? '' : ` ${formatLength(option.fit.reachM)}`;
  parts.push(`${STATUS_GLYPH[option.status]}${reach}`);
  if (option.fit.marginDb !== null) parts.push(`${option.fit.marginDb.toFixed(2)} dB margin`);
  return parts.join(' · ');
}

/** Breakout children of the link's optic, plus "none"; an unknown current child stays listed. */
export function breakoutChoices(link: LinkGroup, catalog: Catalog): Choice[] {
  const breakouts = catalog.optics[link.optic]?.breakouts ?? [];
  const choices: Choice[] = [{ value: '', label: 'None' }];
  for (const b of breakouts) choices.push({ value: b.optic, label: `${catalog.optics[b.optic]?.name ?? b.optic} (1 to ${b.fanout})` });
  if (link.opticB && !breakouts.some((b) => b.optic === link.opticB)) choices.push({ value: link.opticB, label: `${link.opticB} · not a breakout of this optic` });
  return choices;
}

/** The patch that switches a link to another optic, keeping its breakout child only if the new optic has it. */
export function opticPatch(link: LinkGroup, optic: string, catalog: Catalog): Pick<LinkGroup, 'optic' | 'opticB'> {
  const keepsChild = link.opticB !== undefined && !!catalog.optics[optic]?.breakouts.some((b) => b.optic === link.opticB);
  return { optic, opticB: keepsChild ? link.opticB : undefined };
}
