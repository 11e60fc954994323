/**
 * What the two-building example's canvas draws can be read at every zoom level: at the opened view
 * the run labels cover neither one another nor a rack or switch; summary cards show their whole name
 * and whole lines (cut with an ellipsis and given in full in a tooltip, never clipped through the
 * glyphs); an aggregated edge's label covers no card; it and the run labels keep their size on
 * screen when zoomed in. Geometry only.
 */
import { expect, test, type Locator } from '@playwright/test';
import { engineFacts } from './engineFacts.ts';
import { HALLS_FROM, RACKS_FROM } from '../src/canvas/lod/levelOfDetail.ts';
import { centreOf, ctrlWheel, screenTexts, wheelTo } from './canvasView.ts';
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
 * The texts of a card's facts drawn cut by its edge: each text element either lies inside the card's box or
 * wholly outside it (a line the card hides), and one cut short (scrollWidth over clientWidth) has a
 * tooltip, its own or the card's, that holds its whole text. Its name plate, which may reach past
 * the card, is checked by cardName.
 */
async function clippedTexts(card: Locator): Promise<string[]> {
  return card.evaluate((root) => {
    const box = root.getBoundingClientRect();
    const cut: string[] = [];
    for (const el of root.querySelectorAll('dl *')) {
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

/** How a summary card's name is drawn: its whole text, whether it is cut (wider or taller than its box), its size on screen. */
async function cardName(app: DesignPage, card: Locator, name: string) {
  const title = card.getByText(name, { exact: true });
  const drawn = await title.evaluate((el) => ({ text: el.textContent, cut: el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight }));
  const px = (await screenTexts(app)).find((t) => t.text === name)?.px ?? 0;
  return { ...drawn, legible: px >= 11 };
}

test('at campus zoom each building card shows its whole name, at least 11 px on screen, not over its neighbour’s', async ({ page }) => {
  test.setTimeout(60_000);
  const app = new DesignPage(page);
  await app.open();
  await expect(app.node('Rack', 'GPU pod A')).toBeVisible();

  // where buildings become cards, and two notches further out, where the names wrap onto two lines
  await wheelTo(page, app, HALLS_FROM);
  for (const zoom of [HALLS_FROM, HALLS_FROM / 1.19 ** 2]) {
    if (zoom < HALLS_FROM) await ctrlWheel(page, app, 2);
    const names = [];
    for (const name of ['Building A', 'Building B']) {
      const card = app.node('Building', name);
      await expect(card.getByText(name, { exact: true })).toBeVisible({ timeout: 15_000 });
      await expect.poll(() => cardName(app, card, name), { message: `${name} below ${zoom}` }).toEqual({ text: name, cut: false, legible: true });
      names.push((await card.getByText(name, { exact: true }).boundingBox())!);
    }
    expect(intersect(names[0]!, names[1]!)).toBe(false);
  }
});

test('at hall and campus zoom the aggregated edge’s label covers no card and no card’s name', async ({ page }) => {
  test.setTimeout(60_000);
  const app = new DesignPage(page);
  await app.open();
  await expect(app.node('Rack', 'GPU pod A')).toBeVisible();
  const label = app.canvas.getByRole('button', { name: /^Aggregated edge / });
  const cards = app.canvas.locator('[aria-roledescription="node"]');
  const covered = async () => {
    // the label is drawn again as the level's cards replace the last level's
    const box = await label.boundingBox();
    if (!box) return ['no label drawn'];
    const boxes = await cards.evaluateAll((nodes) =>
      nodes.flatMap((n) => [n, ...n.querySelectorAll('.summary-title')].map((el) => {
        const r = el.getBoundingClientRect();
        return { name: `${n.getAttribute('aria-label')?.split(':')[0]}${el === n ? '' : ' name'}`, box: { x: r.x, y: r.y, width: r.width, height: r.height } };
      })),
    );
    return boxes.filter((b) => intersect(box, b.box)).map((b) => b.name);
  };

  await wheelTo(page, app, (HALLS_FROM + RACKS_FROM) / 2);
  await expect(app.node('Hall', 'Hall A1').getByText('Hall A1', { exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(label).toHaveCount(1);
  await expect(label).toBeVisible();
  await expect.poll(covered, { message: 'hall zoom' }).toEqual([]);

  await wheelTo(page, app, HALLS_FROM);
  await expect(app.node('Building', 'Building A')).toBeVisible({ timeout: 15_000 });
  await expect(label).toHaveCount(1);
  await expect.poll(covered, { message: 'campus zoom' }).toEqual([]);
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

test('a run label keeps its size on screen from 100 % to 200 %, and still covers no other label, rack or switch', async ({ page }) => {
  test.setTimeout(60_000);
  const app = new DesignPage(page);
  await app.open();
  const leaf = app.node('Switch', 'Leaf A');
  await expect(leaf).toBeVisible();

  await wheelTo(page, app, 1, await centreOf(leaf));
  // a run label reads "✓ 32 × 400GBASE-DR4 · 5 m"
  const runLabels = async () => (await screenTexts(app)).filter((t) => / × .* · [\d.]+ k?m$/.test(t.text));
  await expect.poll(async () => (await runLabels()).length, { timeout: 15_000 }).toBeGreaterThan(0);
  const { text, px: at100 } = (await runLabels())[0]!;
  expect(at100).toBeGreaterThanOrEqual(11);
  const label = app.edgeLabel(text).filter({ visible: true });

  await wheelTo(page, app, 2, await centreOf(label));
  await expect(label).toBeVisible({ timeout: 15_000 });
  // the screen scale moves in quarter octaves: the same 11 px, at most 19 % above it
  await expect.poll(async () => (await runLabels()).find((t) => t.text === text)?.px).toBeGreaterThanOrEqual(11);
  expect((await runLabels()).find((t) => t.text === text)!.px).toBeLessThanOrEqual(Math.max(at100, 11 * 2 ** 0.25));

  const box = (await label.boundingBox())!;
  const others = await app.canvas.getByRole('group', { name: /^(Rack|Switch) / }).evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().toJSON() as Box));
  const labels = await app.canvas.locator('.link-label').evaluateAll((ls) => ls.filter((l) => l.checkVisibility()).map((l) => l.getBoundingClientRect().toJSON() as Box));
  expect(others.filter((c) => intersect(box, c))).toEqual([]);
  expect(labels.filter((l) => intersect(box, l))).toHaveLength(1);
});
