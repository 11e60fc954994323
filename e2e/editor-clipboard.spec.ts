/** Copy and paste (within a design and between two tabs), duplicate, delete and rename in place. */
import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage.ts';

test('copy and paste a rack within the design, then duplicate it', async ({ page }) => {
  const app = new EditorPage(page);
  await app.open();
  const gpus = await app.total('GPUs');
  await app.node('Rack', 'GPU pod A').click();
  await page.keyboard.press('ControlOrMeta+c');
  await page.keyboard.press('ControlOrMeta+v');
  // the copy stands beside the original in the same hall, under a name of its own, and is selected
  const copy = app.node('Rack', 'GPU pod A 2');
  await expect(copy).toBeVisible();
  await expect(copy.locator('[data-selected="true"]')).toHaveCount(1);
  await expect.poll(() => app.total('GPUs')).toBe(gpus + 64);
  await page.keyboard.press('ControlOrMeta+d');
  await expect(app.node('Rack', 'GPU pod A 3')).toBeVisible();
  await expect.poll(() => app.total('GPUs')).toBe(gpus + 128);
  await app.tool('Undo').click();
  await app.tool('Undo').click();
  await expect(app.node('Rack', 'GPU pod A 2')).toHaveCount(0);
  await expect.poll(() => app.total('GPUs')).toBe(gpus);
});

test('copy in one tab, paste into the selected hall of another', async ({ context }) => {
  const first = new EditorPage(await context.newPage());
  await first.open();
  const second = new EditorPage(await context.newPage());
  await second.openEmpty();
  await second.addBuilding('Building 9', { x: 40, y: 40 });
  await second.addHall('Hall 9', 'Building 9');

  await first.page.bringToFront();
  await first.node('Rack', 'Network rack A').click();
  await first.page.keyboard.press('ControlOrMeta+c');

  await second.page.bringToFront();
  await second.node('Hall', 'Hall 9').click({ position: { x: 60, y: 10 } });
  await second.page.keyboard.press('ControlOrMeta+v');
  // the rack comes with the switches in it and the link group between them
  await expect(second.node('Rack', 'Network rack A')).toHaveAccessibleName('Rack Network rack A: Network rack · 3 switches');
  await expect(second.node('Switch', 'Leaf A')).toBeVisible();
  await expect(second.linkGroup('Leaf A', 'Spine A')).toHaveAccessibleName(/^Link group 32 × 400GBASE-DR4 · 5 m from Leaf A to Spine A: OK$/);
  await second.page.screenshot({ path: '/tmp/editor-shots/pasted-tab.png' });
  await expect.poll(() => second.total('Switches')).toBe(3);
});

test('pasting racks with no hall to take them says so', async ({ context }) => {
  const first = new EditorPage(await context.newPage());
  await first.open();
  await first.node('Rack', 'GPU pod A').click();
  await first.page.keyboard.press('ControlOrMeta+c');
  const second = new EditorPage(await context.newPage());
  await second.openEmpty();
  await second.page.keyboard.press('ControlOrMeta+v');
  await expect(second.alert('Nothing was pasted: select a hall to paste racks and switches into.')).toBeVisible();
});

test('delete removes the selection with its link groups; undo brings them back', async ({ page }) => {
  const app = new EditorPage(page);
  await app.open();
  await app.node('Switch', 'Spine B').click();
  await page.keyboard.press('Delete');
  await expect(app.node('Switch', 'Spine B')).toHaveCount(0);
  // two link groups ended on Spine B
  await expect.poll(() => app.total('Link groups')).toBe(4);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(app.node('Switch', 'Spine B')).toBeVisible();
  await expect.poll(() => app.total('Link groups')).toBe(6);

  // a box drawn with Shift around the network rack selects it with both switches in it
  const rack = (await app.node('Rack', 'Network rack A').boundingBox())!;
  await page.keyboard.down('Shift');
  await page.mouse.move(rack.x - 6, rack.y - 6);
  await page.mouse.down();
  await page.mouse.move(rack.x + rack.width + 6, rack.y + rack.height + 6, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(app.summary).toContainText('3 nodes');
  await page.keyboard.press('Backspace');
  await expect.poll(() => app.total('Switches')).toBe(3);
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => app.total('Switches')).toBe(6);

  // Shift-click selections delete together, as one step
  await app.node('Switch', 'Spine A').click();
  await app.node('Switch', 'Spine B').click({ modifiers: ['Shift'] });
  await app.tool('Delete').click();
  await expect.poll(() => app.total('Switches')).toBe(4);
  await app.tool('Undo').click();
  await expect.poll(() => app.total('Switches')).toBe(6);
});

test('rename in place by double-click or F2', async ({ page }) => {
  const app = new EditorPage(page);
  await app.open();
  await app.node('Switch', 'Leaf A').getByText('Leaf A', { exact: true }).dblclick();
  const field = app.canvas.getByRole('textbox', { name: 'Name of Leaf A' });
  await field.fill('Leaf East');
  await field.press('Enter');
  await expect(app.node('Switch', 'Leaf East')).toBeVisible();
  await expect(app.linkGroup('Leaf East', 'Spine B')).toBeVisible();

  await app.node('Hall', 'Hall B1').click({ position: { x: 60, y: 10 } });
  await page.keyboard.press('F2');
  await app.canvas.getByRole('textbox', { name: 'Name of Hall B1' }).fill('Hall West');
  await page.keyboard.press('Escape');
  await expect(app.node('Hall', 'Hall B1')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(app.node('Switch', 'Leaf A')).toBeVisible();
});
