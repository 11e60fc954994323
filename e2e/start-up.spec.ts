/**
 * What the page does with the design it starts with: a file named in the address is downloaded and
 * read by the reading worker (started before the app's own code), and an autosaved design is
 * replayed there; either opens with the engine's figures. Counts of the worker's jobs, no timings.
 * The built page starts that read first: its first script imports no other chunk.
 */
import { expect, test } from '@playwright/test';
import { fitIn } from './canvasView.ts';
import { engineFacts } from './engineFacts.ts';
import { readSlots } from './fixtures/browserStorage.ts';
import { DesignPage } from './pages/DesignPage.ts';
import { countWorkerMessages } from './workerMessages.ts';

const faults = engineFacts('faults');

test('the first script runs before any other chunk, so the design is read while the libraries load', async ({ page }) => {
  const html = await (await page.request.get('/')).text();
  const entry = html.match(/<script type="module"[^>]*src="([^"]+)"/)?.[1];
  expect(entry).toBeTruthy();
  const script = await (await page.request.get(entry!)).text();
  // a static import would run that chunk (React, React Flow) before this script starts reading the design
  expect(script.match(/(^|[;\n}])\s*import\s*[^(.\s]/g) ?? []).toEqual([]);
});

test('a design named in the address is downloaded and read by the worker, once, and opens fitted with its totals', async ({ page }) => {
  const posted = await countWorkerMessages(page);
  const app = new DesignPage(page);
  await page.goto('/?design=examples/faults.fabric.json');
  await expect(app.designName).toHaveText(faults.design.name, { timeout: 30_000 });
  await expect.poll(() => app.total('Links')).toBe(faults.totals.Links);
  expect(await app.total('GPUs')).toBe(faults.totals.GPUs);
  // the file once, by its address (the worker also replays the empty autosave)
  const { perKind } = await posted();
  expect([perKind['parse:url'], perKind['parse:text']]).toEqual([1, undefined]);
  // fitted to the canvas as it stays once the side panel is there: every building inside it
  const buildings = faults.design.nodes.filter((n) => n.kind === 'building').map((b) => app.node('Building', b.name));
  await expect.poll(() => fitIn(app.canvas, buildings), { timeout: 15_000 }).toEqual({ inside: true, spans: true });
});

test('the autosaved design is replayed in the worker at start-up and opens as it was saved', async ({ page }) => {
  const app = new DesignPage(page);
  await app.open('faults');
  await expect(app.designName).toHaveText(faults.design.name);
  await expect.poll(async () => JSON.stringify(await readSlots(page))).toContain(faults.design.name);

  const posted = await countWorkerMessages(page);
  await page.reload();
  await expect(app.designName).toHaveText(faults.design.name, { timeout: 30_000 });
  await expect.poll(() => app.total('Links')).toBe(faults.totals.Links);
  expect(await app.total('Cables')).toBe(faults.totals.Cables);
  expect((await posted()).perKind['parse:saved']).toBe(1);
});
