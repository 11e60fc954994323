/**
 * Connecting: the chooser ranks the optics that fit both ends for this very run; connections that
 * cannot exist are refused while dragging, with the reason; picking a short-reach optic breaks a run.
 */
import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage.ts';

let app: EditorPage;

test.beforeEach(async ({ page }) => {
  app = new EditorPage(page);
  await app.open();
});

test('the chooser ranks the optics for the measured run, passes first, with reach, margin, power and fiber', async () => {
  await app.connect('Spine A', app.node('Switch', 'Spine B'));
  const dialog = app.connectDialog;
  await expect(dialog).toHaveAccessibleName('Connect Spine A → Spine B');
  await expect(dialog).toContainText(/Between buildings, over the campus route · longest cable [\d.,]+ k?m/);
  const header = dialog.getByRole('row').first();
  for (const column of ['Optic', 'Verdict', 'Reach', 'Loss margin', 'Watts / link', 'Fiber', 'Free ports']) {
    await expect(header.getByRole('columnheader', { name: column })).toBeVisible();
  }
  await app.showRate('All rates');
  const verdicts = await dialog.getByRole('row').locator('td:nth-child(2)').allInnerTexts();
  expect(verdicts.length).toBeGreaterThan(3);
  // every failing option comes after every passing one
  const firstFail = verdicts.findIndex((v) => v.includes('Fails'));
  expect(firstFail).toBeGreaterThan(0);
  expect(verdicts.slice(firstFail).every((v) => v.includes('Fails'))).toBe(true);
  // the best option is chosen, and the count is what the free ports allow
  await expect(dialog.getByRole('table').getByRole('radio').first()).toBeChecked();
  await expect(dialog.getByLabel('Links')).not.toHaveValue('');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await app.total('Link groups')).toBe(6);
});

test('picking a short-reach optic for a long run breaks it, and undo takes it back', async ({ page }) => {
  await app.connect('Spine A', app.node('Switch', 'Spine B'));
  const failing = app.connectDialog.getByRole('row').filter({ hasText: 'Fails' }).filter({ hasText: /DR4/ }).first();
  const optic = (await failing.getByRole('radio').getAttribute('value'))!;
  await failing.getByRole('radio').check();
  await app.connectDialog.getByRole('button', { name: 'Create link group' }).click();
  await expect.poll(() => app.verdict('Spine A', 'Spine B')).toBe('Error');
  await expect(app.summary).toContainText(/[1-9]\d* errors?/);
  expect(optic).toMatch(/dr4/);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(app.linkGroup('Spine A', 'Spine B')).toHaveCount(0);
});

test('a connection no optic can make is refused while dragging, with the reason', async ({ page }) => {
  await app.addToHall('Switch', 'Hall A1', { name: 'XDR spine', model: 'NVIDIA Quantum-X800 Q3200-RA (2 x 36-port switches)', role: 'spine' }, { x: 0.75, y: 0.2 });
  await app.connect('GPU pod A', app.node('Switch', 'XDR spine'), async () => {
    await expect(page.getByRole('status').filter({ hasText: 'Cannot connect GPU pod A to XDR spine: no optic fits both' })).toBeVisible();
  });
  await expect(app.alert(/Cannot connect GPU pod A to XDR spine: no optic fits both NVIDIA DGX H100 \(OSFP 400G, .*\) and NVIDIA Quantum-X800 Q3200-RA .*\(OSFP224 800G\)/)).toBeVisible();
  await expect(app.connectDialog).toBeHidden();
  expect(await app.total('Link groups')).toBe(6);
});

test('a network rack or a hall is no end for a link group', async ({ page }) => {
  await app.connect('Leaf A', app.node('Rack', 'Network rack B'), async () => {
    await expect(page.getByRole('status').filter({ hasText: 'a network rack has no ports of its own' })).toBeVisible();
  });
  await expect(app.alert('Cannot connect to Network rack B: a network rack has no ports of its own; connect the switches in it')).toBeVisible();
  await app.connect('Leaf A', app.node('Hall', 'Hall B1'));
  await expect(app.alert(/Cannot connect to Hall B1: a hall has no ports/)).toBeVisible();
  expect(await app.total('Link groups')).toBe(6);
});

test('two selected items connect from the toolbar too', async ({ page }) => {
  await app.node('Switch', 'Spine A').click();
  await app.node('Switch', 'Spine B').click({ modifiers: ['Shift'] });
  await app.tool('Connect').click();
  await expect(app.connectDialog).toHaveAccessibleName('Connect Spine A → Spine B');
  await page.keyboard.press('Escape');
  await expect(app.connectDialog).toBeHidden();
});
