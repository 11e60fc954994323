/**
 * Nesting by dropping: what goes where, containers carrying their contents, racks snapping to the
 * floor grid (which the length model reads), and refusals that say why.
 */
import { expect, test } from '@playwright/test';
import { analyzeDesign } from '../src/domain/engine/analyzeDesign.ts';
import { formatLength } from '../src/ui/format.ts';
import { engineFacts } from './engineFacts.ts';
import { EditorPage } from './pages/EditorPage.ts';

const facts = engineFacts('two-building-lr4');

let app: EditorPage;

test.beforeEach(async ({ page }) => {
  app = new EditorPage(page);
  await app.open();
});

test('a switch dropped on a network rack goes into that rack', async () => {
  await app.dragFromPalette('Switch', app.node('Rack', 'Network rack A'), { x: 0.5, y: 20 });
  await expect(app.placeDialog).toContainText('Into Network rack A');
  await app.place({ name: 'Leaf A2', quantity: 2 });
  await expect(app.node('Rack', 'Network rack A')).toHaveAccessibleName('Rack Network rack A: Network rack · 5 switches');
  await expect(app.node('Switch', 'Leaf A2')).toBeVisible();
});

test('a hall dropped into a building belongs to it, and carries its racks when moved to another building', async ({ page }) => {
  await app.dragFromPalette('Hall', app.node('Building', 'Building B'), { x: 0.5, y: 0.95 });
  await app.nameNew('Hall 1', 'Hall B2');
  await expect(app.node('Hall', 'Hall B2')).toBeVisible();

  // Hall A1 moves into Building B: its leaf's uplink to Spine B stops crossing the campus
  const uplink = app.linkGroup('Leaf A', 'Spine B');
  await expect(uplink).toHaveAccessibleName(/· [\d.]+ km from Leaf A/);
  const hallA1 = app.node('Hall', 'Hall A1');
  await app.moveNode(hallA1, app.node('Hall', 'Hall B2'), { x: 0.5, y: 0.9 }, async () => {
    await expect(page.getByRole('status').filter({ hasText: 'Into Building B' })).toBeVisible();
  });
  await expect(uplink).toHaveAccessibleName(/· \d+ m from Leaf A/);
  await expect(app.node('Rack', 'GPU pod A')).toBeVisible();
});

test('a building moves with everything inside it', async () => {
  const rack = app.node('Rack', 'GPU pod A');
  const before = (await rack.boundingBox())!;
  await app.moveNode(app.node('Building', 'Building A'), app.canvas, { x: 0.3, y: 0.9 });
  await expect.poll(async () => Math.abs((await rack.boundingBox())!.y - before.y)).toBeGreaterThan(40);
  // the drag is one undo step
  await app.tool('Undo').click();
  await expect.poll(async () => (await rack.boundingBox())!.y).toBeCloseTo(before.y, 0);
});

test('a rack dragged across its hall snaps to a floor cell, and its cable lengths follow', async ({ page }) => {
  const compute = app.linkGroup('GPU pod A', 'Leaf A');
  // cords, row panels and a trunk with its service loops, as the engine lays the channel
  const startM = facts.analysis.linkById.get('a-compute')!.lengthM;
  await expect(compute).toHaveAccessibleName(new RegExp(`· ${formatLength(startM)} from GPU pod A`));
  const rack = app.node('Rack', 'GPU pod A');
  const width = (await rack.boundingBox())!.width;
  let hint = '';
  // GPU pod A spans two slots: move it two slots along its row
  await app.moveBy(rack, width, 4, async () => {
    const status = page.getByRole('status').filter({ hasText: /Into Hall A1 at row \d+ · slot \d+/ });
    await expect(status).toBeVisible();
    hint = await status.innerText();
  });
  const [, row, slot] = /row (\d+) · slot (\d+)/.exec(hint)!;
  expect(Number(row)).toBe(0);
  expect(Number(slot)).toBe(2);
  // what the engine says for a pod at that cell
  const moved = { ...facts.design, nodes: facts.design.nodes.map((n) => (n.id === 'gpu-a' ? { ...n, floor: { row: Number(row), slot: Number(slot) } } : n)) };
  const lengthM = analyzeDesign(moved).linkById.get('a-compute')!.lengthM;
  expect(lengthM).toBeGreaterThan(startM);
  await expect(compute).toHaveAccessibleName(new RegExp(`· ${formatLength(lengthM)} from GPU pod A`));
  await expect(app.node('Hall', 'Hall A1')).toContainText('grid slot 0.6 m × row 3 m');
});

test('illegal nesting is refused with the reason, and nothing moves', async ({ page }) => {
  await test.step('a rack dropped on the open campus', async () => {
    await app.dragFromPalette('GPU rack', app.canvas, { x: 0.5, y: 0.97 });
    await expect(app.alert('A GPU rack cannot go there: a rack must sit in a hall.')).toBeVisible();
    await expect(app.placeDialog).toBeHidden();
  });

  await test.step('a rack dragged onto a building, outside its halls', async () => {
    const compute = app.linkGroup('GPU pod A', 'Leaf A');
    const label = await compute.getAttribute('aria-label');
    await app.moveNode(app.node('Rack', 'GPU pod A'), app.node('Building', 'Building A'), { x: 0.5, y: 12 }, async () => {
      await expect(page.getByRole('status').filter({ hasText: 'a rack cannot sit in a building (only in a hall)' })).toBeVisible();
    });
    await expect(app.alert('GPU pod A cannot go there: a rack cannot sit in a building (only in a hall).')).toBeVisible();
    await expect(compute).toHaveAttribute('aria-label', label!);
  });

  await test.step('a building dragged into a hall', async () => {
    await app.moveNode(app.node('Building', 'Building A'), app.node('Hall', 'Hall B1'), { x: 0.5, y: 0.8 });
    await expect(app.alert('Building A cannot go there: a building stands on the campus, not in a hall.')).toBeVisible();
  });
  await expect(app.tool('Undo')).toBeDisabled();
});
