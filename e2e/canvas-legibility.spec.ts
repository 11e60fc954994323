/**
 * What the two-building example's canvas draws can be read at every zoom level: at the opened view
 * the run labels cover neither one another nor a rack or switch; summary cards show whole lines (cut
 * with an ellipsis and given in full in a tooltip, never clipped through the glyphs) and an
 * aggregated edge's label keeps its size on screen when zoomed in. Geometry only.
 */
import { expect, test, type Locator } from '@playwright/test';
import { engineFacts } from './engineFacts.ts';
import { HALLS_FROM, RACKS_FROM } from '../src/canvas/lod/levelOfDetail.ts';
import { centreOf, screenTexts, wheelTo } from './canvasView.ts';
import { DesignPage } from './pages/DesignPage.ts';

const { design } = engineFacts('two-building-lr4');

type Box = { x: number; y: number; width: number; height: number };
const intersect = (p: Box, q: Box) => p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;

test('at the opened view every run has its label, and no label covers another, a rack or a switch', async ({ page }) => {
  test.setTimeout(60_000);
  const app = new DesignPage(page);
  await app.open();
  await expect(app.node('Rack', 'GPU pod A')).toBeVisible();
  // a label reads "✓ 32 × 400G-LR4-10 · 2.1 km", or "✓ 32 ×" where only its count has room
  const labels = app.canvas.getByText(/\d ×/).filter({ visible: true });
  await expect(labels).toHaveCount(design.links.length, { timeout: 15_000 });
  const boxes = async (of: Locator) => (await Promise.all((await of.all()).map((l) => l.boundingBox()))).filter((b): b is Box => b !== null);
  const cards = await boxes(app.canvas.getByRole('group', { name: /^(Rack|Switch) / }));
  expect(cards).toHaveLength(design.nodes.filter((n) => n.kind === 'rack' || n.kind === 'switch').length);
  const drawn = await boxes(labels);
  expect(drawn).toHaveLength(design.links.length);
  const overlaps: string[] = [];
  for (const [i, p] of drawn.entries()) {
    for (const [j, q] of drawn.entries()) if (j > i && intersect(p, q)) overlaps.push(`label ${i} and label ${j}`);
    for (const [j, c] of cards.entries()) if (intersect(p, c)) overlaps.push(`label ${i} and card ${j}`);
  }
  expect(overlaps).toEqual([]);

  // so a click in a network rack's middle, between its switches, selects the rack
  const rack = app.node('Rack', 'Network rack A');
  await rack.click();
  await expect(rack.locator('[data-selected]').first()).toHaveAttribute('data-selected', 'true');
});

/**
 * The texts of a card drawn cut by its edge: each text element either lies inside the card's box or
 * wholly outside it (a line the card hides), and one cut short (scrollWidth over clientWidth) has a
 * tooltip, its own or the card's, that holds its whole text.
 */
async function clippedTexts(card: Locator): Promise<string[]> {
  return card.evaluate((root) => {
    const box = root.getBoundingClientRect();
    const cut: string[] = [];
    for (const el of root.querySelectorAll('*')) {
      const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
      if (!text || !(el instanceof HTMLElement)) continue;
      const r = el.getBoundingClientRect();
      const outside = r.left >= box.right - 1 || r.right <= box.left + 1 || r.top >= box.bottom - 1 || r.bottom <= box.top + 1;
      const inside = r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
      if (!inside && !outside) cut.push(`${text}: cut by the card's edge`);
      else if (inside && el.scrollWidth > el.clientWidth && !el.closest(`[title]`)?.getAttribute('title')?.includes(text)) cut.push(`${text}: cut short without a tooltip`);
    }
    return cut;
  });
}

test('hall and building cards show whole lines at hall and campus zoom, and their tooltip gives what does not fit', async ({ page }) => {
  test.setTimeout(60_000);
  const app = new DesignPage(page);
  await app.open();
  await expect(app.node('Rack', 'GPU pod A')).toBeVisible();

  await wheelTo(page, app, (HALLS_FROM + RACKS_FROM) / 2);
  for (const name of ['Hall A1', 'Hall B1']) {
    const card = app.node('Hall', name);
    await expect(card.getByText('Power')).toBeVisible({ timeout: 15_000 });
    await expect.poll(() => clippedTexts(card), { message: name }).toEqual([]);
    await expect(card.locator('[title]').first()).toHaveAttribute('title', /^Hall .*: .* GPUs, .* switches, power .*, findings /);
  }

  await wheelTo(page, app, HALLS_FROM);
  for (const name of ['Building A', 'Building B']) {
    const card = app.node('Building', name);
    await expect(card.getByText('GPUs')).toBeVisible({ timeout: 15_000 });
    await expect.poll(() => clippedTexts(card), { message: name }).toEqual([]);
  }
});

test("an aggregated edge's label keeps its size on screen from 100 % to 200 %", async ({ page }) => {
  test.setTimeout(60_000);
  const app = new DesignPage(page);
  await app.open();
  const leaf = app.node('Switch', 'Leaf A');
  await expect(leaf).toBeVisible();

  // zoomed in on Leaf A, the hall across the campus is off screen: a card, with one aggregated edge per run to it
  await wheelTo(page, app, 1, await centreOf(leaf));
  const label = app.canvas.getByRole('button', { name: /^Aggregated edge (Leaf A – Hall B1|Hall B1 – Leaf A):/ });
  await expect(label).toBeVisible({ timeout: 15_000 });
  const text = (await label.innerText()).replace(/^\W+/, '').trim();
  const nominalPx = await label.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const onScreen = async () => (await screenTexts(app)).find((t) => t.text === text)?.px;
  const at100 = await onScreen();
  expect(at100).toBeGreaterThanOrEqual(nominalPx);

  await wheelTo(page, app, 2, await centreOf(label));
  await expect(label).toBeVisible({ timeout: 15_000 });
  // the scale moves in quarter octaves: at most 19 % above the nominal size, never below it
  await expect.poll(onScreen).toBeGreaterThanOrEqual(nominalPx);
  expect(await onScreen()).toBeLessThanOrEqual(nominalPx * 2 ** 0.25);
});
