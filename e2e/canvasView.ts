/** The canvas's view as the user changes it: Ctrl+wheel notches, and the zoom the view is at. */
import type { Page } from '@playwright/test';
import type { DesignPage } from './pages/DesignPage.ts';

/** Ctrl+wheel over the middle of the canvas, one notch (about 1.19×) at a time: out for positive notches, in for negative. */
export async function ctrlWheel(page: Page, app: DesignPage, notches: number): Promise<void> {
  const box = (await app.canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.down('Control');
  for (let i = 0; i < Math.abs(notches); i++) await page.mouse.wheel(0, Math.sign(notches) * 100);
  await page.keyboard.up('Control');
}

/** The canvas's zoom, read from the transform React Flow puts on its viewport. */
export async function zoomOf(page: Page): Promise<number> {
  return page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
}

/** Ctrl+wheel notch by notch until the zoom is below `zoom` (zooming out) or at least `zoom` (zooming in); the zoom reached. */
export async function wheelTo(page: Page, app: DesignPage, zoom: number): Promise<number> {
  const out = (await zoomOf(page)) >= zoom;
  for (let i = 0; i < 40; i++) {
    const now = await zoomOf(page);
    if (out ? now < zoom : now >= zoom) return now;
    await ctrlWheel(page, app, out ? 1 : -1);
  }
  throw new Error(`the view did not reach zoom ${zoom}`);
}
