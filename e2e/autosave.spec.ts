import { expect, test } from '@playwright/test';
import { engineFacts } from './engineFacts.ts';
import { readSlots, writeSlot } from './fixtures/browserStorage.ts';
import { DesignPage } from './pages/DesignPage.ts';
import { InspectorPanel } from './pages/InspectorPanel.ts';

const faults = engineFacts('faults');
const lr4 = engineFacts('two-building-lr4');

const savedText = (slots: Record<string, unknown>) => (slots.autosave as { text?: string } | undefined)?.text ?? '';

test.describe('autosave', () => {
  let app: DesignPage;
  let inspector: InspectorPanel;

  test.beforeEach(({ page }) => {
    app = new DesignPage(page);
    inspector = new InspectorPanel(page);
  });

  test('restores the design as edited after a reload', async ({ page }) => {
    await app.open('faults');
    await inspector.enter(inspector.field('Name'), 'Faults, under review');
    await app.findings.filter({ hasText: faults.analysis.findings.find((f) => 'linkId' in f && f.linkId === 'dr4-too-far')!.message }).first().click();
    await inspector.enter(inspector.field('Count'), '8');
    const links = faults.totals.Links! - faults.design.links.find((l) => l.id === 'dr4-too-far')!.count + 8;
    await expect.poll(() => app.total('Links')).toBe(links);
    await expect(inspector.autosave).toContainText('Saved in this browser');
    await expect.poll(async () => savedText(await readSlots(page))).toContain('"count": 8');

    await page.reload();
    await expect(app.designName).toHaveText('Faults, under review');
    expect(await app.total('Links')).toBe(links);
    // ?example= left the address once opened, so the reload showed the edited design, not the example
    await expect.poll(() => new URL(page.url()).search).toBe('');
  });

  test('opens with a clear message and keeps a damaged autosave aside', async ({ page }) => {
    await app.open();
    await expect.poll(async () => savedText(await readSlots(page))).toContain(lr4.design.name);
    await writeSlot(page, 'autosave', { kind: 'fabric-designer-autosave', savedAt: 1, name: 'Broken', text: '{"format": "fabric-designer", "vers' });

    await page.reload();
    const alert = page.getByRole('alert', { name: 'Autosaved design damaged' });
    await expect(alert).toContainText('could not be read');
    await expect(app.designName).toHaveText(lr4.design.name);
    const key = (await alert.locator('code').innerText()).trim();
    expect(key).toMatch(/^damaged-\d{4}-/);
    const slots = await readSlots(page);
    expect(slots[key]).toMatchObject({ name: 'Broken', text: '{"format": "fabric-designer", "vers' });

    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Download the damaged copy' }).click();
    expect((await download).suggestedFilename()).toBe('damaged-autosave.fabric.json');
  });

  test('a design opened from the address keeps the autosave it replaces', async ({ page }) => {
    await app.open();
    await inspector.enter(inspector.field('Name'), 'My campus');
    await expect.poll(async () => savedText(await readSlots(page))).toContain('"name": "My campus"');

    await app.open('faults');
    const kept = page.getByRole('status', { name: 'Previous design kept' });
    await expect(kept).toContainText('My campus');
    await kept.getByRole('button', { name: 'Reopen My campus' }).click();
    await expect(app.designName).toHaveText('My campus');
    await expect(app.findings).toHaveCount(lr4.analysis.findings.length);
  });
});

test.describe('new design and examples', () => {
  test('New design asks first, then opens an empty campus', async ({ page }) => {
    const app = new DesignPage(page);
    await app.open('faults');
    await expect.poll(async () => savedText(await readSlots(page))).toContain(faults.design.name);
    await page.getByRole('button', { name: 'New design' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start a new design?' });
    await expect(dialog).toContainText(`This replaces ${faults.design.name}`);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(app.designName).toHaveText(faults.design.name);

    await page.getByRole('button', { name: 'New design' }).click();
    await page.getByRole('dialog', { name: 'Start a new design?' }).getByRole('button', { name: 'Start new design' }).click();
    await expect(app.designName).toHaveText('Untitled fabric');
    for (const label of ['GPUs', 'Switches', 'Link groups', 'Fiber pairs']) expect(await app.total(label), label).toBe(0);
    await expect(app.findings).toHaveCount(0);

    // an empty design never replaces the stored one: a reload brings the last real design back
    await expect(new InspectorPanel(page).autosave).toHaveText('Empty design: not saved yet');
    await page.reload();
    await expect(app.designName).toHaveText(faults.design.name);
  });

  test('Open example opens the chosen example with its findings and totals', async ({ page }) => {
    const app = new DesignPage(page);
    await app.open();
    await page.getByRole('button', { name: 'Open example' }).click();
    await page.getByRole('dialog', { name: 'Open an example' }).getByRole('button', { name: 'Open Deliberate faults' }).click();
    await expect(app.designName).toHaveText(faults.design.name);
    await expect(app.findings).toHaveCount(faults.analysis.findings.length);
    for (const [label, value] of Object.entries(faults.totals)) expect.soft(await app.total(label), label).toBe(value);
  });
});
