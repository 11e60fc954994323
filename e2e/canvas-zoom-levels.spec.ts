/** Semantic zoom on the two-building example: summary cards and one aggregated edge at campus zoom, racks at hall zoom, and what is mounted at each level. */
import { expect, test } from '@playwright/test';
import { HALLS_FROM, RACKS_FROM } from '../src/canvas/lod/levelOfDetail.ts';
import { ctrlWheel, wheelTo } from './canvasView.ts';
import { engineFacts } from './engineFacts.ts';
import { DesignPage } from './pages/DesignPage.ts';

const facts = engineFacts('two-building-lr4');
const { design, analysis } = facts;

const buildingOf = (id: string): string => {
  const node = design.nodes.find((n) => n.id === id)!;
  return node.kind === 'building' ? node.name : buildingOf(node.parent);
};

test('zoomed out, buildings are summary cards joined by one aggregated edge that lists its link groups; zoomed in, racks return', async ({ page }) => {
  test.setTimeout(60_000);
  const app = new DesignPage(page);
  await app.open();
  await expect(app.node('Rack', 'GPU pod A')).toBeVisible();

  await ctrlWheel(page, app, 12);
  const gpus = (building: string) =>
    design.nodes
      .filter((n) => n.kind === 'rack' && n.contents && buildingOf(n.id) === building)
      .reduce((sum, n) => sum + (n.kind === 'rack' && n.contents ? n.quantity * n.contents.perRack * analysis.catalog.devices[n.contents.model]!.gpus : 0), 0);
  for (const name of ['Building A', 'Building B']) {
    const card = app.node('Building', name);
    await expect(card).toHaveAccessibleName(new RegExp(`^Building ${name}: ${gpus(name).toLocaleString('en-US')} GPUs, \\d+ switches`), { timeout: 15_000 });
    await expect(card.getByText('GPUs')).toBeVisible();
  }
  await expect(app.node('Rack', 'GPU pod A')).toHaveCount(0);

  const across = design.links.filter((l) => buildingOf(l.a) !== buildingOf(l.b));
  const links = across.reduce((sum, l) => sum + l.count, 0);
  const tbps = across.reduce((sum, l) => sum + analysis.linkById.get(l.id)!.capacityGbps, 0) / 1000;
  const edge = app.canvas.getByRole('button', { name: /^Aggregated edge Building A – Building B:/ });
  await expect(edge).toHaveAccessibleName(
    `Aggregated edge Building A – Building B: ${across.length} link group${across.length === 1 ? '' : 's'} · ${links} links · ${tbps.toLocaleString('en-US', { maximumFractionDigits: 1 })} Tb/s, OK`,
  );

  // the label appeared under the resting pointer: move off, then onto it
  await page.mouse.move(0, 0);
  await edge.hover();
  const list = app.canvas.getByRole('list', { name: 'Link groups between Building A – Building B' });
  await expect(list.getByRole('listitem')).toHaveCount(across.length);
  const first = across[0]!;
  const optic = analysis.catalog.optics[first.optic]!.name;
  const nameOf = (id: string) => design.nodes.find((n) => n.id === id)!.name;
  const item = list.getByRole('button', { name: new RegExp(`^${first.count} × ${optic} · .* \\(${nameOf(first.a)} – ${nameOf(first.b)}\\)$`) });
  await item.click();
  await expect(app.summary.getByRole('region', { name: 'Inspector' }).getByText(optic).first()).toBeVisible();

  // back to the fitted view, where the halls on screen show their racks
  await app.canvas.getByRole('button', { name: 'Fit View' }).click();
  await expect(app.node('Rack', 'GPU pod A')).toBeVisible({ timeout: 15_000 });
  await expect(app.canvas.getByRole('button', { name: /^Aggregated edge/ })).toHaveCount(0);
});

test('mounts a card per building at campus zoom, a card per hall at hall zoom, and every rack and switch at rack zoom', async ({ page }) => {
  test.setTimeout(60_000);
  const app = new DesignPage(page);
  await app.open();
  await expect(app.node('Rack', 'GPU pod A')).toBeVisible();
  const nodes = app.canvas.locator('[aria-roledescription="node"]');
  const edges = app.canvas.locator('[aria-roledescription="edge"]');
  const hallOf = (id: string): string => {
    const node = design.nodes.find((n) => n.id === id)!;
    return node.kind === 'hall' ? node.id : hallOf((node as { parent: string }).parent);
  };
  /** Distinct pairs of different containers the link groups join. */
  const pairs = (of: (id: string) => string) => new Set(design.links.map((l) => [of(l.a), of(l.b)].sort().join('|')).filter((p) => p.split('|')[0] !== p.split('|')[1])).size;
  const count = (kind: string) => design.nodes.filter((n) => n.kind === kind).length;

  // rack zoom (the fitted view): every node and link group of the example
  await expect(nodes).toHaveCount(design.nodes.length);
  await expect(edges).toHaveCount(design.links.length);

  await wheelTo(page, app, (HALLS_FROM + RACKS_FROM) / 2);
  await expect(nodes).toHaveCount(count('building') + count('hall'));
  await expect(app.node('Rack', 'GPU pod A')).toHaveCount(0);
  await expect(edges).toHaveCount(pairs(hallOf));

  await wheelTo(page, app, HALLS_FROM);
  await expect(nodes).toHaveCount(count('building'));
  await expect(edges).toHaveCount(pairs(buildingOf));
});
