/**
 * Rack and switch card names zoomed out, where they are enlarged and wrapped onto two lines: they
 * wrap between words, and a word too long for the card is cut with an ellipsis (the name's tooltip
 * gives it whole), never broken across two lines.
 */
import { expect, test } from '@playwright/test';
import { zoomOf } from './canvasView.ts';
import { EditorPage } from './pages/EditorPage.ts';
import { InspectorPanel } from './pages/InspectorPanel.ts';

/** Each word of a rack or switch card's name drawn on more than one line, as "name: word". */
async function brokenWords(app: EditorPage): Promise<string[]> {
  return app.canvas.locator('.react-flow__node-rack .card-name, .react-flow__node-switch .card-name').evaluateAll((names) =>
    names.flatMap((name) => {
      const broken: string[] = [];
      const walker = document.createTreeWalker(name, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        for (const word of (text.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, word.index);
          range.setEnd(text, word.index + word[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(`${name.textContent}: ${word[0]}`);
        }
      }
      return broken;
    }),
  );
}

test('zoomed out, card names wrap between words, never through one, and their tooltip gives the whole name', async ({ page }) => {
  test.setTimeout(60_000);
  const app = new EditorPage(page);
  const inspector = new InspectorPanel(page);
  await app.open();
  // a management rack as placed from the palette, and a long switch name on a card inside a network rack
  await app.node('Hall', 'Hall B1').click({ position: { x: 60, y: 10 } });
  await app.paletteItem('Management rack').focus();
  await page.keyboard.press('Enter');
  await app.place();
  const rack = app.node('Rack', 'Management rack 1');
  await expect(rack).toBeVisible();
  await app.node('Switch', 'Spine A').click();
  await inspector.enter(inspector.field('Name'), 'Spine switches 12');
  await expect(app.node('Switch', 'Spine switches 12')).toBeVisible();

  // zoomed out (cards enlarge their names against the zoom below 100 %)
  await expect.poll(() => zoomOf(page)).toBeLessThan(1);
  const name = rack.getByText('Management rack 1', { exact: true });
  await expect(name).toHaveAttribute('title', /^Management rack 1 · /);
  // enlarged, the name takes more than one line on its card
  await expect.poll(() => name.evaluate((el: HTMLElement) => el.offsetHeight / parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThan(1.5);
  await expect.poll(() => brokenWords(app)).toEqual([]);
});
