/** What the engine itself says about a shipped example, so the browser tests assert real numbers. */
import { readFileSync } from 'node:fs';
import { analyzeDesign, type Analysis } from '../src/domain/engine/analyzeDesign.ts';
import { parseDesign } from '../src/domain/format/parseDesign.ts';
import type { Design } from '../src/domain/model/design.ts';

export interface EngineFacts {
  readonly design: Design;
  readonly analysis: Analysis;
  /** The side panel's Totals rows, by label. */
  readonly totals: Readonly<Record<string, number>>;
}

export function engineFacts(example: string): EngineFacts {
  const text = readFileSync(new URL(`../public/examples/${example}.fabric.json`, import.meta.url), 'utf8');
  const parsed = parseDesign(text);
  if (!parsed.ok) throw new Error(`${example} does not parse: ${JSON.stringify(parsed.problems)}`);
  const analysis = analyzeDesign(parsed.design);
  const { summary, bom } = analysis;
  return {
    design: parsed.design,
    analysis,
    totals: {
      GPUs: summary.gpus,
      Servers: summary.servers,
      Switches: summary.switches,
      'Link groups': summary.linkGroups,
      Links: summary.links,
      Cables: summary.cables,
      'Transceiver modules': bom.modules.reduce((sum, m) => sum + m.count, 0),
      'Fiber pairs': bom.fiber.pairs,
      'Module power': bom.powerW.modules,
    },
  };
}
