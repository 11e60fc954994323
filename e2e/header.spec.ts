import { expect, test } from '@playwright/test';
import { DesignPage } from './pages/DesignPage.ts';

// The names the header's buttons answer to: two show a shorter word, their names stay whole.
const HEADER_BUTTONS = [
  'New design', 'Open example', 'Restore earlier version', 'Generate fabric', 'Import', 'Export', 'Export to…',
  'Compare with a file…', 'Share link', 'Bill of materials', 'Print report',
];

test('the header is one row at 1440 × 900: every button on one line, the legend in view', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await new DesignPage(page).open();
  const header = page.getByRole('banner');
  const boxes = [];
  for (const name of HEADER_BUTTONS) {
    const box = await header.getByRole('button', { name, exact: true }).boundingBox();
    expect(box, name).not.toBeNull();
    boxes.push({ name, ...box! });
  }
  // one line of 12 px text in each button (two lines were 40 px tall), all on the same row
  for (const b of boxes) {
    expect(b.height, b.name).toBeLessThan(30);
    expect(b.y, b.name).toBe(boxes[0]!.y);
  }
  const legend = await header.getByRole('list', { name: 'Link verdict legend' }).boundingBox();
  expect(legend!.x + legend!.width).toBeLessThanOrEqual(1440);
  expect(boxes.at(-1)!.x + boxes.at(-1)!.width).toBeLessThan(legend!.x);
  expect(await header.evaluate((h) => h.scrollWidth - h.clientWidth)).toBe(0);
});
