/**
 * Importing the ~100k-GPU design of `npm run bench`: the file is read in the parsing worker (one
 * message to it) and the design opens fitted to the view with its buildings as summary cards, none
 * of its halls, racks or switches ever rendered (not even for one commit). Counts and events only; the
 * timings are the bench's.
 */
import { expect, test } from '@playwright/test';
import { analyzeDesign } from '../src/domain/engine/analyzeDesign.ts';
import { serializeDesign } from '../src/domain/format/serializeDesign.ts';
import { generateFabric } from '../src/domain/generator/generateFabric.ts';
import type { Design, NodeId } from '../src/domain/model/design.ts';
import { fitIn } from './canvasView.ts';
import { importFile, jsonFile } from './fixtures/deliver.ts';
import { DesignPage } from './pages/DesignPage.ts';
import { countRenders, takeRenders } from './renderCounter.ts';
import { countWorkerMessages } from './workerMessages.ts';

const generated = generateFabric({ template: 'rail-optimized', servers: 12800, serverModel: 'dgx-h100', switchModel: 'sn5600', tiers: 3, halls: 4 });
if (!generated.ok) throw new Error(generated.problems.join('; '));
const design = generated.design;
const { catalog } = analyzeDesign(design);

/** Whether `id` sits in the building or hall `holder`. */
function within(d: Design, id: NodeId, holder: NodeId): boolean {
  for (let n = d.nodes.find((x) => x.id === id); n; n = n.kind === 'building' ? undefined : d.nodes.find((x) => x.id === n!.parent)) if (n.id === holder) return true;
  return false;
}

const buildings = design.nodes.filter((n) => n.kind === 'building');
const gpusIn = (holder: NodeId) =>
  design.nodes.reduce((sum, n) => sum + (n.kind === 'rack' && n.contents && within(design, n.id, holder) ? n.quantity * n.contents.perRack * catalog.devices[n.contents.model]!.gpus : 0), 0);
const switchesIn = (holder: NodeId) => design.nodes.reduce((sum, n) => sum + (n.kind === 'switch' && within(design, n.id, holder) ? n.quantity : 0), 0);

test('a ~100k-GPU design is read in the worker and opens fitted to the view, its buildings as summary cards', async ({ page }) => {
  test.setTimeout(180_000);
  const posted = await countWorkerMessages(page);
  await countRenders(page);
  const app = new DesignPage(page);
  await app.open();
  await expect(app.designName).not.toBeEmpty();
  // the example the app opens with was read there too
  const before = (await posted()).perScript.parse ?? 0;
  await takeRenders(page);

  await importFile(page, jsonFile('100k.fabric.json', serializeDesign(design)));
  await expect(app.designName).toHaveText(design.name, { timeout: 90_000 });
  expect((await posted()).perScript.parse).toBe(before + 1);
  expect(await app.total('GPUs')).toBe(102_400);

  // fitted: every building on screen as its summary card, together spanning the canvas's width or height
  const cards = buildings.map((b) => app.node('Building', b.name));
  for (const [i, building] of buildings.entries()) {
    const count = (n: number) => n.toLocaleString('en-US');
    await expect(cards[i]!).toHaveAccessibleName(new RegExp(`^Building ${building.name}: ${count(gpusIn(building.id))} GPUs, ${count(switchesIn(building.id))} switches`), { timeout: 30_000 });
  }
  expect(buildings.reduce((sum, b) => sum + gpusIn(b.id), 0)).toBe(102_400);
  // the view glides to the fit
  await expect.poll(() => fitIn(app.canvas, cards), { timeout: 15_000 }).toEqual({ inside: true, spans: true });
  // what the canvas rendered while the design opened: the buildings' cards of the view it was fitted
  // to, from the first commit; no rack or switch, and not the hall cards of the view it came from
  const rendered = Object.keys((await takeRenders(page)).nodes);
  expect(rendered.sort()).toEqual(buildings.map((b) => b.id).sort());
});
