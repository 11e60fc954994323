/** Comforts of the canvas at any zoom: a connect grip big enough to hit, and a building placed from the keyboard in view. */
import { expect, test, type Locator } from '@playwright/test';
import { RACKS_FROM } from '../src/canvas/lod/levelOfDetail.ts';
import { wheelTo, zoomOf } from './canvasView.ts';
import { EditorPage } from './pages/EditorPage.ts';

let app: EditorPage;

test.beforeEach(async ({ page }) => {
  app = new EditorPage(page);
  await app.open();
  await expect(app.node('Rack', 'GPU pod A')).toBeVisible();
});

/** Whether `inner` lies wholly inside `outer` on screen. */
async function within(inner: Locator, outer: Locator): Promise<boolean> {
  const [a, b] = await Promise.all([inner.boundingBox(), outer.boundingBox()]);
  return !!a && !!b && a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
}

test('the connect grip is at least 16 px on screen at the fitted view and zoomed out as far as racks are drawn', async ({ page }) => {
  const grip = app.connectGrip('GPU pod A');
  const sizeOnScreen = async () => {
    const box = (await grip.boundingBox())!;
    return Math.min(box.width, box.height);
  };
  await expect.poll(() => zoomOf(page)).toBeLessThan(1);
  expect(await sizeOnScreen()).toBeGreaterThanOrEqual(16);

  const zoom = await wheelTo(page, app, RACKS_FROM * 1.15);
  expect(zoom).toBeGreaterThanOrEqual(RACKS_FROM);
  await expect(grip).toBeAttached();
  // the grip's size follows the zoom once the view rests
  await expect.poll(sizeOnScreen).toBeGreaterThanOrEqual(16);
  // and it still starts a connection: hovering the card shows it
  await app.node('Rack', 'GPU pod A').hover();
  await expect(grip).toHaveCSS('opacity', '1');
});

test('a building placed from the keyboard is brought into view, named for typing over', async ({ page }) => {
  const buildings = app.canvas.getByRole('group', { name: /^Building / });
  const before = await buildings.count();
  await app.paletteItem('Building').focus();
  await page.keyboard.press('Enter');
  const field = app.canvas.getByRole('textbox', { name: /^Name of Building / });
  await expect(field).toBeFocused();
  await expect(buildings).toHaveCount(before + 1);
  const placed = buildings.filter({ has: page.getByRole('textbox', { name: /^Name of Building / }) });
  await expect.poll(() => within(placed, app.canvas)).toBe(true);
  await page.keyboard.type('Building C');
  await page.keyboard.press('Enter');
  await expect(app.node('Building', 'Building C')).toBeVisible();
  expect(await within(app.node('Building', 'Building C'), app.canvas)).toBe(true);
});
