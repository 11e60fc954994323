import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { MAX_FILE_BYTES, parseDesign } from '../src/domain/format/parseDesign.ts';
import { exampleText, factsOf } from './engineFacts.ts';
import { downloadText, dropFile, fixturePath, importFile, jsonFile } from './fixtures/deliver.ts';
import { DesignPage } from './pages/DesignPage.ts';

async function shownTotals(app: DesignPage, labels: readonly string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const label of labels) out[label] = await app.total(label);
  return out;
}

const exportButton = (page: Page) => page.getByRole('button', { name: 'Export', exact: true });

test.describe('design files', () => {
  test('exports the design, and a fresh page imports it with the same totals', async ({ page, browser }) => {
    const app = new DesignPage(page);
    await app.open();
    const file = await downloadText(page, () => exportButton(page).click());
    expect(file.name).toBe('two-building-lr4-campus.fabric.json');
    const { totals } = factsOf(file.text);
    const before = await shownTotals(app, Object.keys(totals));
    expect(before).toEqual(totals);

    const context = await browser.newContext();
    const fresh = new DesignPage(await context.newPage());
    await fresh.open('faults');
    await importFile(fresh.page, jsonFile(file.name, file.text));
    await expect(fresh.designName).toHaveText('Two-building LR4 campus');
    expect(await shownTotals(fresh, Object.keys(totals))).toEqual(totals);
    await expect(fresh.page.getByRole('dialog')).toHaveCount(0);
    await context.close();
  });

  test('opens a file dropped on the window', async ({ page }) => {
    const app = new DesignPage(page);
    await app.open();
    const text = exampleText('faults');
    await dropFile(page, jsonFile('faults.fabric.json', text));
    await expect(app.designName).toHaveText(JSON.parse(text).name);
    await expect(page.getByText('Drop a .fabric.json file to open it')).toBeHidden();
  });

  const BAD_FILES = ['not-json', 'truncated', 'wrong-format', 'newer-version', 'schema-violations', 'unknown-catalog', 'dangling-link', 'duplicate-ids', 'absurd-numbers'];

  for (const bad of BAD_FILES) {
    test(`refuses ${bad}.fabric.json, says what and where, and keeps the open design`, async ({ page }) => {
      const app = new DesignPage(page);
      await app.open();
      const gpus = await app.total('GPUs');
      const result = parseDesign(readFileSync(fixturePath(`${bad}.fabric.json`), 'utf8'));
      if (result.ok) throw new Error(`${bad} must be refused by the engine`);

      await importFile(page, fixturePath(`${bad}.fabric.json`));
      const dialog = page.getByRole('dialog', { name: `Could not open ${bad}.fabric.json` });
      await expect(dialog).toContainText('The open design was not changed');
      const problems = dialog.getByRole('list', { name: 'Problems' }).getByRole('listitem');
      await expect(problems).toHaveCount(result.problems.length);
      for (const p of result.problems) {
        // the JSON parser's wording after "not valid JSON" is the browser's own
        const said = p.message.startsWith('not valid JSON') ? 'not valid JSON' : p.message;
        await expect(problems.filter({ hasText: p.path }).filter({ hasText: said })).toHaveCount(1);
      }
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(dialog).toBeHidden();
      await expect(app.designName).toHaveText('Two-building LR4 campus');
      expect(await app.total('GPUs')).toBe(gpus);
    });
  }

  test('refuses a dropped file over the size limit without reading it', async ({ page }) => {
    const app = new DesignPage(page);
    await app.open();
    // made in the page: sending 25 MB through the test protocol would take longer than the check
    const dataTransfer = await page.evaluateHandle((bytes) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes).fill(32)], 'huge.fabric.json', { type: 'application/json' }));
      return dt;
    }, MAX_FILE_BYTES + 1024);
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    const dialog = page.getByRole('dialog', { name: 'Could not open huge.fabric.json' });
    await expect(dialog).toContainText(/the limit is 25 MB/);
    await expect(dialog).toContainText('The open design was not changed');
    await page.keyboard.press('Escape');
    await expect(app.designName).toHaveText('Two-building LR4 campus');
  });

  test('migrates a file of an older version and says so', async ({ page }) => {
    const app = new DesignPage(page);
    await app.open();
    await importFile(page, fileURLToPath(new URL('../src/domain/format/fixtures/v0-draft.fabric.json', import.meta.url)));
    await expect(page.getByRole('dialog', { name: 'Opened v0-draft.fabric.json' })).toContainText('migrated from version 0 to version 1');
    await expect(app.designName).toHaveText('A v0 draft with positions on the nodes');
  });

  test('opens a file with unknown keys and lists them as warnings', async ({ page }) => {
    const app = new DesignPage(page);
    await app.open();
    const result = parseDesign(readFileSync(fixturePath('unknown-keys.fabric.json'), 'utf8'));
    if (!result.ok) throw new Error('unknown-keys must open');
    await importFile(page, fixturePath('unknown-keys.fabric.json'));
    const warnings = page.getByRole('dialog', { name: 'Opened unknown-keys.fabric.json' }).getByRole('list', { name: 'Warnings' });
    for (const w of result.warnings) await expect(warnings).toContainText(`${w.path} ${w.message}`);
    await expect(app.designName).toHaveText(result.design.name);
  });

  test('shows labels with markup as text, never as markup', async ({ page }) => {
    const app = new DesignPage(page);
    await app.open();
    await importFile(page, fixturePath('markup-labels.fabric.json'));
    await expect(app.designName).toHaveText('<img src=x onerror="window.__pwned=1">Markup campus');
    await expect(app.node('Building', '<script>window.__pwned=1</script>Building <i>A</i>')).toBeVisible();
    await page.getByRole('button', { name: 'Print report' }).click();
    await expect(page.getByRole('article', { name: 'Report' }).getByRole('heading', { level: 1 })).toHaveText('<img src=x onerror="window.__pwned=1">Markup campus');
    await expect(page.locator('img[src="x"], #root script, b[onmouseover]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  });
});

test.describe('?design= addresses', () => {
  test('opens a bundled example named by ?design=', async ({ page }) => {
    const app = new DesignPage(page);
    await page.goto('/?design=examples/faults.fabric.json');
    await expect(app.designName).toHaveText('Deliberate faults (one of each finding)');
  });

  for (const [address, why] of [
    ['https://example.com/examples/x.fabric.json', 'is on another site'],
    ['examples/../index.html', 'is not under examples/'],
    ['examples/missing.fabric.json', 'Could not download it'],
  ] as const) {
    test(`refuses ?design=${address} and opens the default behind the message`, async ({ page }) => {
      const app = new DesignPage(page);
      await page.goto(`/?design=${encodeURIComponent(address)}`);
      await expect(page.getByRole('dialog', { name: `Could not open ${address}` })).toContainText(why);
      await page.keyboard.press('Escape');
      await expect(app.designName).toHaveText('Two-building LR4 campus');
    });
  }
});
