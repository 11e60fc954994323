/** The keyboard path: placing from the palette, the shortcuts and their help, finding an item by name, undo state. */
import { expect, test } from '@playwright/test';
import { BUILTIN_CATALOG } from '../src/domain/catalog/catalog.ts';
import { EditorPage } from './pages/EditorPage.ts';
import { InspectorPanel } from './pages/InspectorPanel.ts';

let app: EditorPage;

test.beforeEach(async ({ page }) => {
  app = new EditorPage(page);
  await app.open();
});

test('a palette item placed with Enter goes into the selected hall', async ({ page }) => {
  await app.node('Hall', 'Hall B1').click({ position: { x: 60, y: 10 } });
  await app.paletteItem('GPU rack').focus();
  await page.keyboard.press('Enter');
  await expect(app.placeDialog).toHaveAccessibleName('Place GPU racks');
  await expect(app.placeDialog).toContainText('Into Hall B1');
  // the model and counts start at the defaults: 4 × DGX H100 in one rack
  await expect(app.placeDialog.getByLabel('Server model')).toHaveValue('dgx-h100');
  await expect(app.placeDialog.getByLabel('Servers per rack')).toHaveValue('4');
  await expect(app.placeDialog.getByLabel('Name')).toBeFocused();
  await page.keyboard.type(' west');
  await page.keyboard.press('Enter');
  await expect(app.node('Rack', 'GPU rack 1 west')).toHaveAccessibleName('Rack GPU rack 1 west: 4 × DGX H100');
  await expect.poll(() => app.total('GPUs')).toBe(128 + 32);
});

test('a management rack placed with Enter holds the appliances chosen and shows in the inspector as a management rack', async ({ page }) => {
  const inspector = new InspectorPanel(page);
  const ufm = BUILTIN_CATALOG.devices['ufm-appliance-3.1']!;
  await app.node('Hall', 'Hall B1').click({ position: { x: 60, y: 10 } });
  await app.paletteItem('Management rack').focus();
  await page.keyboard.press('Enter');
  await expect(app.placeDialog).toHaveAccessibleName('Place management racks');
  await expect(app.placeDialog).toContainText('Into Hall B1');
  // appliances only, starting at one UFM appliance per rack
  await expect(app.placeDialog.getByLabel('Appliance model')).toHaveValue('ufm-appliance-3.1');
  await expect(app.placeDialog.getByLabel('Appliance model').getByRole('option')).toHaveText(Object.values(BUILTIN_CATALOG.devices).filter((d) => d.kind === 'appliance').map((d) => d.name).sort((x, y) => x.localeCompare(y)));
  await expect(app.placeDialog.getByLabel('Appliances per rack')).toHaveValue('1');
  await app.placeDialog.getByLabel('Appliances per rack').fill('4');
  await app.place();
  const rack = app.node('Rack', 'Management rack 1');
  await expect(rack).toHaveAccessibleName(/^Rack Management rack 1: 4 × /);
  // placed and selected: the inspector shows it as a management rack of 4 appliances, counted apart from servers
  await expect(inspector.title).toHaveText('Management rack 1');
  await expect(inspector.select('Rack kind')).toHaveValue('management');
  await expect(inspector.select('Rack kind').locator('option:checked')).toHaveText('Management rack');
  await expect(inspector.select('Appliance model')).toHaveValue('ufm-appliance-3.1');
  await expect(inspector.region.getByText(`4 × ${ufm.name} per rack`)).toBeVisible();
  await expect.poll(() => app.total('Appliances')).toBe(4);
});

test('a switch placed with Enter takes the model and role chosen', async ({ page }) => {
  // in its middle, between its switches: run labels keep off racks (canvas-legibility.spec.ts)
  await app.node('Rack', 'Network rack B').click();
  await app.paletteItem('Switch').focus();
  await page.keyboard.press('Enter');
  await expect(app.placeDialog).toContainText('Into Network rack B');
  await expect(app.placeDialog.getByLabel('Switch model')).toHaveValue('sn5600');
  await app.place({ role: 'spine', quantity: 8 });
  await expect(app.node('Switch', 'Spine 1')).toHaveAccessibleName('Switch Spine 1: 8 × NVIDIA Spectrum-4 SN5600, spine');
});

test('the help dialog lists the shortcuts; ? and the Help button open it', async ({ page }) => {
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts and gestures' });
  await expect(help).toBeVisible();
  for (const [action, keys] of [
    ['Undo', /(Ctrl\+Z|⌘Z)/],
    ['Redo', /(Ctrl\+Shift\+Z|⌘⇧Z)/],
    ['Delete the selection', /Delete/],
    ['Duplicate the selection', /(Ctrl\+D|⌘D)/],
    ['Rename the selected item', /F2/],
    ['Find an item by name', /(Ctrl\+F|⌘F)/],
  ] as const) {
    await expect(help.getByRole('row', { name: new RegExp(`^${action}`) })).toContainText(keys);
  }
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await app.toolbar.getByRole('button', { name: 'Keyboard shortcuts and help' }).click();
  await expect(help).toBeVisible();
});

test('find an item by name: it is selected and centred', async ({ page }) => {
  const search = app.toolbar.getByRole('combobox', { name: 'Find an item by name' });
  await page.keyboard.press('ControlOrMeta+f');
  await expect(search).toBeFocused();
  await search.fill('spine b');
  await expect(page.getByRole('option', { name: /Spine B/ })).toBeVisible();
  await page.keyboard.press('Enter');
  const spine = app.node('Switch', 'Spine B');
  await expect(spine.locator('[data-selected="true"]')).toHaveCount(1);
  const [box, view] = [await spine.boundingBox(), await app.canvas.boundingBox()];
  await expect.poll(async () => {
    const b = (await spine.boundingBox())!;
    return Math.abs(b.x + b.width / 2 - (view!.x + view!.width / 2));
  }).toBeLessThan(40);
  expect(box).not.toBeNull();
});

test('undo and redo are buttons with a disabled state, and selecting is not a step', async ({ page }) => {
  await expect(app.tool('Undo')).toBeDisabled();
  await expect(app.tool('Redo')).toBeDisabled();
  await app.node('Rack', 'GPU pod A').click();
  await expect(app.tool('Undo')).toBeDisabled();
  // an arrow moves the selected rack one slot along its row
  await page.keyboard.press('ArrowRight');
  await expect(app.tool('Undo')).toBeEnabled();
  await app.tool('Undo').click();
  await expect(app.tool('Undo')).toBeDisabled();
  await expect(app.tool('Redo')).toBeEnabled();
  await page.keyboard.press('ControlOrMeta+y');
  await expect(app.tool('Redo')).toBeDisabled();
});

test('the canvas has zoom controls, a minimap and a snap-to-grid switch', async ({ page }) => {
  await expect(app.canvas.getByRole('button', { name: 'Zoom In' })).toBeVisible();
  await expect(app.canvas.getByRole('button', { name: 'Fit View' })).toBeVisible();
  await expect(app.canvas.getByRole('img', { name: 'Minimap' })).toBeVisible();
  const snap = app.tool('Snap to grid');
  await expect(snap).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('g');
  await expect(snap).toHaveAttribute('aria-pressed', 'false');
});
