/** What the engine itself says about a design, so the browser tests assert real numbers. */
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

/** The text of a shipped example, e.g. "faults". */
export const exampleText = (example: string) => readFileSync(new URL(`../public/examples/${example}.fabric.json`, import.meta.url), 'utf8');

export function parsed(text: string, source = 'the design'): Design {
  const result = parseDesign(text);
  if (!result.ok) throw new Error(`${source} does not parse: ${JSON.stringify(result.problems)}`);
  return result.design;
}

/** The facts of a design file's text, such as one the app exported. */
export function factsOf(text: string, source?: string): EngineFacts {
  const design = parsed(text, source);
  const analysis = analyzeDesign(design);
  const { summary, bom } = analysis;
  return {
    design,
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

export const engineFacts = (example: string): EngineFacts => factsOf(exampleText(example), example);
