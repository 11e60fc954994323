import { expect, test, type Page } from '@playwright/test';
import { parseDesign } from '../src/domain/format/parseDesign.ts';
import { encodeShareFragment } from '../src/domain/format/shareLink.ts';
import type { Design } from '../src/domain/model/design.ts';
import { exampleText, parsed } from './engineFacts.ts';
import { savedDesign } from './fixtures/browserStorage.ts';
import { dropFile, importFile, jsonFile } from './fixtures/deliver.ts';
import { DesignPage } from './pages/DesignPage.ts';
import { InspectorPanel } from './pages/InspectorPanel.ts';

/** The faults example with its first link's optic named like a built-in object property. */
const hostile: Design = (() => {
  const design = parsed(exampleText('faults'));
  return { ...design, links: design.links.map((link, i) => (i === 0 ? { ...link, optic: 'toString' } : link)) };
})();
const hostileText = JSON.stringify({ format: 'fabric-designer', version: 1, ...hostile }, null, 2);
const refusal = parseDesign(hostileText);

/** Opens the default design, renames it so it is told apart, and waits until that is saved. */
async function openMine(page: Page): Promise<DesignPage> {
  const app = new DesignPage(page);
  const inspector = new InspectorPanel(page);
  await app.open();
  await inspector.enter(inspector.field('Name'), 'Mine');
  await expect.poll(async () => (await savedDesign(page))?.name).toBe('Mine');
  return app;
}

/** The refusal dialog lists the reader's own problems; closing it shows the open design, still saved. */
async function expectRefused(page: Page, app: DesignPage, source: string): Promise<void> {
  if (refusal.ok) throw new Error('a "toString" optic must be refused by the reader');
  const dialog = page.getByRole('dialog', { name: `Could not open ${source}` });
  await expect(dialog).toContainText('The open design was not changed');
  const problems = dialog.getByRole('list', { name: 'Problems' }).getByRole('listitem');
  await expect(problems).toHaveCount(refusal.problems.length);
  for (const p of refusal.problems) await expect(problems.filter({ hasText: p.path }).filter({ hasText: p.message })).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(app.designName).toHaveText('Mine');
  await expect(app.canvas).toBeVisible();
  expect((await savedDesign(page))?.name).toBe('Mine');
}

test.describe('a design with an optic named "toString"', () => {
  test('is refused when imported, and the open design stays', async ({ page }) => {
    const app = await openMine(page);
    await importFile(page, jsonFile('tostring.fabric.json', hostileText));
    await expectRefused(page, app, 'tostring.fabric.json');
  });

  test('is refused when dropped, and the open design stays', async ({ page }) => {
    const app = await openMine(page);
    await dropFile(page, jsonFile('tostring.fabric.json', hostileText));
    await expectRefused(page, app, 'tostring.fabric.json');
  });

  test('is refused when opened by a share link, and the autosaved design opens', async ({ page }) => {
    const encoded = await encodeShareFragment(hostile);
    if (!encoded.ok) throw new Error(encoded.reason);
    const app = await openMine(page);
    // the link opened in a fresh load: a goto that changes only the hash would stay on the open page
    await page.goto('about:blank');
    await page.goto(`/#${encoded.fragment}`);
    await expectRefused(page, app, 'the shared link');
    await expect.poll(() => new URL(page.url()).hash).toBe('');

    // pasted into the address bar of the open page
    await page.evaluate((fragment) => (window.location.hash = `#${fragment}`), encoded.fragment);
    await expectRefused(page, app, 'the shared link');
  });
});

test.describe('?example= addresses', () => {
  for (const name of ['no-such-example', '../../index', '<img src=x onerror=alert(1)>']) {
    test(`?example=${name} is refused by name and leaves the address`, async ({ page }) => {
      const app = new DesignPage(page);
      await page.goto(`/?example=${encodeURIComponent(name)}`);
      const dialog = page.getByRole('dialog', { name: `Could not open example "${name}"` });
      await expect(dialog).toContainText(`there is no example named "${name}"; the examples are two-building-lr4, dgx-h100-su, faults`);
      await expect.poll(() => new URL(page.url()).search).toBe('');
      await page.keyboard.press('Escape');
      await expect(app.designName).toHaveText('Two-building LR4 campus');
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
    });
  }
});
