import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext } from '@playwright/test';
import { engineFacts, parsed } from './engineFacts.ts';
import { savedDesign } from './fixtures/browserStorage.ts';
import { downloadText } from './fixtures/deliver.ts';
import { DesignPage } from './pages/DesignPage.ts';
import { InspectorPanel } from './pages/InspectorPanel.ts';

const lr4 = engineFacts('two-building-lr4');
const slack = String(lr4.design.settings.slackPercent);

test.describe('nothing is lost when the page ends abruptly', () => {
  test('a tab closed right after an edit keeps the edit', async ({ context, page }) => {
    const app = new DesignPage(page);
    await app.open();
    await new InspectorPanel(page).enter(new InspectorPanel(page).field('Name'), 'Closed at once');
    await page.close();

    const again = new DesignPage(await context.newPage());
    await again.open();
    await expect(again.designName).toHaveText('Closed at once');
  });

  /**
   * A crash, simulated as closely as Playwright allows: the browser runs on a profile folder of its
   * own, and its main process is killed with SIGKILL right after the edits (no pagehide, no unload,
   * no orderly shutdown); then a new browser opens the same profile.
   */
  test('a browser killed right after an edit keeps it', async ({ playwright, baseURL }, testInfo) => {
    test.skip(process.platform !== 'linux', 'finds the browser process with ps');
    const profile = mkdtempSync(join(tmpdir(), 'fabric-crash-'));
    const launch = () => playwright.chromium.launchPersistentContext(profile, { ...testInfo.project.use.launchOptions, baseURL, viewport: { width: 1440, height: 900 } });
    try {
      const first = await launch();
      const page = first.pages()[0] ?? (await first.newPage());
      const app = new DesignPage(page);
      const inspector = new InspectorPanel(page);
      await app.open();
      await inspector.enter(inspector.field('Name'), 'Survives a crash');
      // stored: writes go one at a time, so on a slow machine the rename can still be the write in flight
      // (which a crash may lose) when the next gesture comes
      await expect.poll(async () => (await savedDesign(page))?.name).toBe('Survives a crash');
      // a second gesture, in flight when the browser dies: it must not damage what is stored
      await inspector.enter(inspector.field('Slack'), '12');
      killBrowser(profile);
      await first.close().catch(() => {});

      const second = await launch();
      const reopened = new DesignPage(second.pages()[0] ?? (await second.newPage()));
      await reopened.open();
      await expect(reopened.designName).toHaveText('Survives a crash');
      await second.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

/** SIGKILL to the browser's main process (the one without --type=) started on `profile`. */
function killBrowser(profile: string): void {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const main = lines.filter((line) => line.includes(`--user-data-dir=${profile}`) && !line.includes('--type='));
  expect(main).toHaveLength(1);
  process.kill(Number(main[0]!.trim().split(/\s+/)[0]), 'SIGKILL');
}

test.describe('two tabs on one design', () => {
  async function openTab(context: BrowserContext) {
    const page = await context.newPage();
    const app = new DesignPage(page);
    await app.open();
    return { page, app, inspector: new InspectorPanel(page), conflict: page.getByRole('alert', { name: 'Changed in another tab' }) };
  }

  test('a tab is warned before it writes over another tab\'s save, and nothing is lost', async ({ context }) => {
    const a = await openTab(context);
    const b = await openTab(context);

    await a.inspector.enter(a.inspector.field('Name'), 'Renamed in A');
    await expect.poll(async () => (await savedDesign(a.page))?.name).toBe('Renamed in A');
    await b.inspector.enter(b.inspector.field('Slack'), '12');
    await expect(b.conflict).toContainText('This design was saved in another tab or window after this tab opened it');
    await expect(b.inspector.autosave).toHaveText('Not saved: changed in another tab');
    // B wrote nothing: what is stored is A's design
    expect(await savedDesign(a.page)).toMatchObject({ name: 'Renamed in A', settings: { slackPercent: lr4.design.settings.slackPercent } });

    await a.page.reload();
    await expect(a.app.designName).toHaveText('Renamed in A');

    await b.conflict.getByRole('button', { name: 'Keep this one as a copy, then open the newer one' }).click();
    await expect(b.app.designName).toHaveText('Renamed in A');
    await expect(b.inspector.field('Slack')).toHaveValue(slack);
    await b.page.getByRole('button', { name: 'Restore earlier version' }).click();
    const versions = b.page.getByRole('dialog', { name: 'Restore earlier version' }).getByRole('list', { name: 'Earlier versions' });
    await versions.getByRole('button', { name: /Copy kept from this tab/ }).click();
    await expect(b.inspector.field('Slack')).toHaveValue('12');
    await expect.poll(async () => (await savedDesign(b.page))?.settings.slackPercent).toBe(12);

    // A, still on the design as it reloaded it, is warned in turn before it edits over B's restore
    await a.inspector.enter(a.inspector.field('Name'), 'A again');
    await expect(a.conflict).toBeVisible();
    await a.conflict.getByRole('button', { name: 'Save this one over it' }).click();
    await expect.poll(async () => (await savedDesign(a.page))?.name).toBe('A again');
    // what A saved over is kept: B's restore is in the list
    await a.page.getByRole('button', { name: 'Restore earlier version' }).click();
    await expect(a.page.getByRole('dialog', { name: 'Restore earlier version' }).getByRole('listitem').first()).toBeVisible();
  });
});

test.describe('a full storage', () => {
  test('says so in one sentence and offers the design as a download', async ({ page }) => {
    // storage fills up: from the moment the test says so, every IndexedDB put fails as a full disk makes it fail
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((window as { storageFull?: boolean }).storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    const app = new DesignPage(page);
    const inspector = new InspectorPanel(page);
    await app.open();
    await expect(inspector.autosave).toContainText('Saved in this browser');
    await page.evaluate(() => ((window as { storageFull?: boolean }).storageFull = true));
    await inspector.enter(inspector.field('Name'), 'Too much to store');

    const alert = page.getByRole('alert', { name: 'Autosave problem' });
    await expect(alert).toHaveText(/^This browser's storage for this site is full, so your latest changes are not saved in it\. Download the design to keep your changes\./);
    await expect(alert).not.toContainText('..');
    const file = await downloadText(page, () => alert.getByRole('button', { name: 'Download the design' }).click());
    expect(file.name).toBe('too-much-to-store.fabric.json');
    expect(parsed(file.text)).toEqual({ ...lr4.design, name: 'Too much to store' });
  });
});
