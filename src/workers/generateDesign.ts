/**
 * *Generate fabric*'s Create, done in a worker: a 100k-GPU fabric takes the generator a second or
 * more, which would hold the page. Only the design (or the generator's refusal) crosses back: the
 * dialog's preview already showed the counts and optics.
 */
import { generateFabric } from '../domain/generator/generateFabric.ts';
import type { FabricParams } from '../domain/generator/params.ts';
import type { Design } from '../domain/model/design.ts';

export type GeneratedDesign = { readonly ok: true; readonly design: Design } | { readonly ok: false; readonly problems: readonly string[] };

export function generateDesign(params: FabricParams): GeneratedDesign {
  const generated = generateFabric(params);
  return generated.ok ? { ok: true, design: generated.design } : { ok: false, problems: generated.problems };
}
