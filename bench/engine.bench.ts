/**
 * `npm run bench`: engine timings on generated designs of about 1k, 16k and 100k GPUs.
 * Medians of several runs after warm-up; machines here are shared, so read ratios, not absolutes.
 */
import { analyzeDesign } from '../src/domain/engine/analyzeDesign.ts';
import { parseDesign } from '../src/domain/format/parseDesign.ts';
import { serializeDesign } from '../src/domain/format/serializeDesign.ts';
import { generateFabric } from '../src/domain/generator/generateFabric.ts';
import type { FabricParams } from '../src/domain/generator/params.ts';
import type { Design } from '../src/domain/model/design.ts';
import { toCsv } from '../src/domain/report/csv.ts';
import { CUTSHEET_HEADER, cutsheetRows } from '../src/domain/report/cutsheet.ts';
import { measure, ms } from './measure.ts';

const CASES: readonly { label: string; params: FabricParams }[] = [
  { label: '~1k GPUs (128 DGX H100, QM9700, 2 tiers)', params: { template: 'rail-optimized', servers: 128, serverModel: 'dgx-h100', switchModel: 'qm9700' } },
  { label: '~16k GPUs (2,048 DGX H100, QM9700, 3 tiers)', params: { template: 'rail-optimized', servers: 2048, serverModel: 'dgx-h100', switchModel: 'qm9700', tiers: 3 } },
  { label: '~100k GPUs (12,800 DGX H100, SN5600 at 128 x 400G, 3 tiers, 4 halls)', params: { template: 'rail-optimized', servers: 12800, serverModel: 'dgx-h100', switchModel: 'sn5600', tiers: 3, halls: 4 } },
];

/** A fresh copy of every link and of the settings, so neither the verdict cache nor the run memo can help: a cold analysis. */
const coldCopy = (d: Design): Design => ({ ...d, settings: { ...d.settings }, links: d.links.map((l) => ({ ...l })) });

/** The same design with one link group's count changed: what an edit in the editor costs. */
function withOneEdit(d: Design, i: number): Design {
  const links = d.links.slice();
  const k = i % links.length;
  links[k] = { ...links[k]!, label: `edit ${i}` };
  return { ...d, links };
}

const rows: string[] = [];
for (const { label, params } of CASES) {
  const gen = measure(() => generateFabric(params), 3, 1);
  const result = generateFabric(params);
  if (!result.ok) throw new Error(`${label}: ${result.problems.join('; ')}`);
  const design = result.design;
  const first = analyzeDesign(design);
  const cold = measure(() => analyzeDesign(coldCopy(design)), 5, 1);
  let i = 0;
  const edit = measure(() => analyzeDesign(withOneEdit(design, i++)), 21, 3);
  const text = serializeDesign(design);
  const parse = measure(() => parseDesign(text), 5, 1);
  const cutsheet = measure(() => toCsv(CUTSHEET_HEADER, cutsheetRows(design, first)), 3, 1);
  const s = first.summary;
  rows.push(
    [
      `## ${label}`,
      `nodes ${design.nodes.length}, link groups ${s.linkGroups}, cables ${s.cables.toLocaleString('en-US')}, GPUs ${s.gpus.toLocaleString('en-US')}, errors ${s.errors}, file ${(text.length / 1024).toFixed(0)} KiB`,
      `generate            ${ms(gen)}`,
      `analyze, cold       ${ms(cold)}`,
      `analyze, one edit   ${ms(edit)}`,
      `parse file          ${ms(parse)}`,
      `cutsheet CSV        ${ms(cutsheet)}  (${(cold.medianMs > 0 ? cutsheet.medianMs / cold.medianMs : 0).toFixed(1)}x a cold analysis)`,
    ].join('\n'),
  );
  console.log(rows.at(-1), '\n');
}
