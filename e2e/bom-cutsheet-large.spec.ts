import { expect, test, type Page } from '@playwright/test';
import { analyzeDesign } from '../src/domain/engine/analyzeDesign.ts';
import { serializeDesign } from '../src/domain/format/serializeDesign.ts';
import { generateFabric } from '../src/domain/generator/generateFabric.ts';
import { downloadText, importFile, jsonFile } from './fixtures/deliver.ts';
import { csvRecords } from './fixtures/parseCsv.ts';
import { DesignPage } from './pages/DesignPage.ts';

// the 16k-GPU fabric of `npm run bench`
const generated = generateFabric({ template: 'rail-optimized', servers: 2048, serverModel: 'dgx-h100', switchModel: 'qm9700', tiers: 3 });
if (!generated.ok) throw new Error(generated.problems.join('; '));
const design = generated.design;
const { summary } = analyzeDesign(design);

/**
 * Opens the 16k design's BOM with the worker's script held back two seconds (CPU throttling does
 * not reach workers), so the schedule takes long enough on any machine for the progress bar.
 */
async function openSlowBom(page: Page) {
  await page.route(/cutsheet\.worker/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await route.continue();
  });
  await page.goto('/');
  await expect(new DesignPage(page).designName).not.toBeEmpty();
  await importFile(page, jsonFile('16k.fabric.json', serializeDesign(design)));
  await expect(new DesignPage(page).designName).toHaveText(design.name);
  await page.getByRole('button', { name: 'Bill of materials' }).click();
  return page.getByRole('dialog', { name: 'Bill of materials' });
}

/**
 * Records, on every animation frame the page draws, the cable count its progress bar shows: counts
 * drawn between the first and the last prove the page kept drawing while the schedule was built.
 */
async function watchDrawnProgress(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const w = window as any;
    w.drawnProgress = [];
    const tick = () => {
      const bar = document.querySelector('progress[aria-label="Cable schedule progress"]') as HTMLProgressElement | null;
      if (bar && bar.max > 1 && w.drawnProgress.at(-1) !== bar.value) w.drawnProgress.push(bar.value);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return () => page.evaluate(() => (window as any).drawnProgress as number[]);
}

test.describe('the cable schedule of a 16k-GPU design', () => {
  test('is built in a worker with a progress bar, and the page keeps drawing', async ({ page }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const dialog = await openSlowBom(page);
    const drawn = await watchDrawnProgress(page);
    const csv = await downloadText(page, async () => {
      await dialog.getByRole('button', { name: 'Download cable schedule CSV' }).click();
      await expect(dialog.getByRole('progressbar', { name: 'Cable schedule progress' })).toBeVisible();
    }, 60_000);
    const { records } = csvRecords(csv.text);
    expect(records).toHaveLength(summary.cables);
    expect(summary.cables).toBeGreaterThan(40_000);
    expect(workers.filter((url) => /cutsheet\.worker/.test(url))).toHaveLength(1);
    // the page drew the bar at a count short of the total while the worker was still at it
    const between = (await drawn()).filter((done) => done > 0 && done < summary.cables);
    expect(between.length).toBeGreaterThan(0);
  });

  test('can be cancelled, and then nothing is downloaded', async ({ page }) => {
    const dialog = await openSlowBom(page);
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await dialog.getByRole('button', { name: 'Download cable schedule CSV' }).click();
    await expect(dialog.getByRole('progressbar', { name: 'Cable schedule progress' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Cable schedule cancelled.' })).toBeVisible();
    await expect(dialog.getByRole('progressbar')).toHaveCount(0);
    await page.waitForTimeout(2000);
    expect(downloads).toBe(0);
  });
});
