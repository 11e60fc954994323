import { expect, test } from '@playwright/test';
import { serializeDesign } from '../src/domain/format/serializeDesign.ts';
import { exampleText, factsOf, parsed } from './engineFacts.ts';
import { downloadText, importFile, jsonFile } from './fixtures/deliver.ts';
import { DesignPage } from './pages/DesignPage.ts';

const faultsText = exampleText('faults');

/** A design whose names do not compress (a seeded pseudo-random alphabet soup): too long for a link. */
function incompressibleDesign(): string {
  const design = parsed(faultsText);
  let seed = 42;
  const letter = () => String.fromCharCode(97 + ((seed = (seed * 1103515245 + 12345) % 2147483648) % 26));
  const buildings = Array.from({ length: 700 }, (_, i) => ({
    id: `extra-${i}`,
    kind: 'building' as const,
    name: Array.from({ length: 32 }, letter).join(''),
    campusM: { x: i * 10, y: 5000 },
  }));
  return serializeDesign({ ...design, name: 'Too long to share', nodes: [...design.nodes, ...buildings] });
}

test.describe('share links', () => {
  test('copies a link that opens the same design in a fresh page', async ({ page, browser, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const app = new DesignPage(page);
    await app.open('faults');
    await page.getByRole('button', { name: 'Share link' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share link' });
    await expect(dialog).toContainText('Link copied to the clipboard');
    const link = await dialog.getByRole('textbox', { name: 'Link to this design' }).inputValue();
    expect(link.startsWith(`${new URL(page.url()).origin}/#design=`)).toBe(true);
    expect(link).toMatch(/#design=[A-Za-z0-9_-]+$/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const other = await browser.newContext();
    const fresh = new DesignPage(await other.newPage());
    await fresh.page.goto(link);
    await expect(fresh.designName).toHaveText(parsed(faultsText).name);
    const totals = factsOf(faultsText).totals;
    for (const [label, value] of Object.entries(totals)) expect.soft(await fresh.total(label), label).toBe(value);
    // the fragment is dropped once opened, so a reload shows the design as edited since
    await expect.poll(() => new URL(fresh.page.url()).hash).toBe('');
    await other.close();
  });

  test('shows the link to copy by hand when the clipboard is refused', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    });
    const app = new DesignPage(page);
    await app.open();
    await page.getByRole('button', { name: 'Share link' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share link' });
    await expect(dialog).toContainText('The browser did not allow copying');
    await expect(dialog.getByRole('textbox', { name: 'Link to this design' })).toHaveValue(/#design=[A-Za-z0-9_-]+$/);
  });

  test('says why a design is too large for a link and offers the file instead', async ({ page }) => {
    const app = new DesignPage(page);
    await app.open();
    await importFile(page, jsonFile('big.fabric.json', incompressibleDesign()));
    await expect(app.designName).toHaveText('Too long to share');
    await page.getByRole('button', { name: 'Share link' }).click();
    const alert = page.getByRole('dialog', { name: 'Share link' }).getByRole('alert');
    await expect(alert).toContainText(/the link would be [\d,]+ characters \(limit 16,000\)/);
    const file = await downloadText(page, () => alert.getByRole('button', { name: 'Export file instead' }).click());
    expect(file.name).toBe('too-long-to-share.fabric.json');
    expect(parsed(file.text).nodes).toHaveLength(parsed(faultsText).nodes.length + 700);
  });

  test('reports a damaged link and opens the default design behind the message', async ({ page }) => {
    const app = new DesignPage(page);
    await page.goto('/#design=AAAAnotreallydeflate');
    await expect(page.getByRole('dialog', { name: 'Could not open the shared link' })).toContainText('the link is damaged');
    await page.keyboard.press('Escape');
    await expect(app.designName).toHaveText('Two-building LR4 campus');
  });

  test('a damaged link pasted into an open page changes nothing', async ({ page }) => {
    const app = new DesignPage(page);
    await app.open('faults');
    await page.evaluate(() => (window.location.hash = '#design=zzzz'));
    await expect(page.getByRole('dialog', { name: 'Could not open the shared link' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(app.designName).toHaveText(parsed(faultsText).name);
  });
});
