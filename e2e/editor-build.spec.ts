/**
 * A new user builds the seed scenario from an empty canvas: two buildings with a hall each, GPU
 * racks and a leaf in each hall, DR4 inside the halls and LR4-10 between the buildings; sees the
 * verdicts and totals follow; breaks a link on purpose by moving a rack to the other building; and
 * undoes and redoes it.
 */
import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage.ts';

test('build the two-building seed scenario from an empty canvas, break a link, undo and redo', async ({ page }) => {
  // some 150 gestures, each a drag, a dialog or a re-analysis: on a loaded 2-core machine this alone took over 90 s
  test.slow();
  const app = new EditorPage(page);
  await app.openEmpty();
  expect(await app.total('GPUs')).toBe(0);

  await test.step('two buildings, a hall in each', async () => {
    await app.addBuilding('Building A', { x: 40, y: 40 });
    await app.addBuilding('Building B', { x: 40, y: 420 });
    await app.addHall('Hall A1', 'Building A');
    await app.addHall('Hall B1', 'Building B');
  });

  await test.step('GPU racks and a leaf switch in each hall, with the catalog defaults', async () => {
    await app.addToHall('GPU rack', 'Hall A1', { name: 'GPU rack A' });
    await expect(app.node('Rack', 'GPU rack A')).toContainText('4 × DGX H100');
    await app.addToHall('Switch', 'Hall A1', { name: 'Leaf A' }, { x: 0.2, y: 0.7 });
    await expect(app.node('Switch', 'Leaf A')).toHaveAccessibleName('Switch Leaf A: 1 × NVIDIA Spectrum-4 SN5600, leaf');
    await app.addToHall('GPU rack', 'Hall B1', { name: 'GPU rack B' });
    await app.addToHall('Switch', 'Hall B1', { name: 'Leaf B' }, { x: 0.2, y: 0.7 });
    await expect.poll(() => app.total('GPUs')).toBe(64);
    await expect.poll(() => app.total('Switches')).toBe(2);
  });

  await test.step('DR4 inside each hall, the count taken from the free ports', async () => {
    await app.connect('GPU rack A', app.node('Switch', 'Leaf A'));
    // 4 servers × 4 OSFP cages × 2 links per twin-port module
    await expect(app.connectDialog.getByLabel('Links')).toHaveValue('32');
    await app.chooseOptic(/^400GBASE-DR4$/);
    await expect(app.linkGroup('GPU rack A', 'Leaf A')).toHaveAccessibleName(/^Link group 32 × 400GBASE-DR4 · \d+ m from GPU rack A to Leaf A: OK$/);
    await app.connect('GPU rack B', app.node('Switch', 'Leaf B'));
    await app.chooseOptic(/^400GBASE-DR4$/);
    await expect.poll(() => app.total('Links')).toBe(64);
  });

  await test.step('LR4-10 between the buildings', async () => {
    await app.connect('Leaf A', app.node('Switch', 'Leaf B'));
    await expect(app.connectDialog).toContainText('Between buildings');
    // the SN5600 runs 800G: its 400G optics are one click away
    await expect(app.connectDialog.getByRole('radiogroup', { name: 'Rate' }).getByRole('radio', { name: '800G' })).toBeChecked();
    await app.showRate('400G');
    await app.chooseOptic(/^400G-LR4-10$/, 32);
    await expect(app.linkGroup('Leaf A', 'Leaf B')).toHaveAccessibleName(/^Link group 32 × 400G-LR4-10 · [\d.]+ k?m from Leaf A to Leaf B: OK$/);
    await expect(app.edgeLabel(/32 × 400G-LR4-10 · [\d.]+ k?m/)).toBeVisible();
    await expect.poll(() => app.total('Link groups')).toBe(3);
    await expect.poll(() => app.total('Links')).toBe(96);
    await expect(app.summary).toContainText('All link groups pass');
  });

  await test.step('moving GPU rack A into the other building breaks its DR4 link', async () => {
    await app.moveNode(app.node('Rack', 'GPU rack A'), app.node('Hall', 'Hall B1'), { x: 0.75, y: 0.3 });
    await expect(app.node('Rack', 'GPU rack A')).toBeVisible();
    await expect.poll(() => app.verdict('GPU rack A', 'Leaf A')).toBe('Error');
    await expect(app.findings.filter({ hasText: /exceeds 400GBASE-DR4's 500 m reach/ })).toHaveCount(1);
  });

  await test.step('undo puts it back in its hall; redo breaks it again', async () => {
    await expect(app.tool('Undo')).toBeEnabled();
    await expect(app.tool('Redo')).toBeDisabled();
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => app.verdict('GPU rack A', 'Leaf A')).toBe('OK');
    await expect(app.summary).toContainText('All link groups pass');
    await expect(app.tool('Redo')).toBeEnabled();
    await page.keyboard.press('ControlOrMeta+Shift+z');
    await expect.poll(() => app.verdict('GPU rack A', 'Leaf A')).toBe('Error');
    await app.tool('Undo').click();
    await expect.poll(() => app.verdict('GPU rack A', 'Leaf A')).toBe('OK');
    await app.tool('Redo').click();
    await expect.poll(() => app.verdict('GPU rack A', 'Leaf A')).toBe('Error');
  });
});
