/**
 * Semantic zoom on the two-building example: summary cards and one aggregated edge at campus zoom,
 * racks at hall zoom, port use at the deepest zoom, what is mounted at each level, and text at least
 * 11 px on screen at every level.
 */
import { expect, test, type Locator } from '@playwright/test';
import { ELEMENT_BUDGET, HALLS_FROM, PORTS_FROM, RACKS_FROM } from '../src/canvas/lod/levelOfDetail.ts';
import { MID_ZOOM } from '../src/canvas/zoomDetail.ts';
import { analyzeDesign } from '../src/domain/engine/analyzeDesign.ts';
import { serializeDesign } from '../src/domain/format/serializeDesign.ts';
import { building, design as designOf, gpuRacks, hall, linkGroup, networkRack, switches } from '../src/domain/testing/designBuilder.ts';
import { centreOf, ctrlWheel, screenTexts, wheelTo, zoomOf } from './canvasView.ts';
import { engineFacts } from './engineFacts.ts';
import { importFile, jsonFile } from './fixtures/deliver.ts';
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

/** The texts on the canvas drawn under 11 px on screen, as "text (px)", once the view has rested. */
async function smallTexts(app: DesignPage): Promise<string[]> {
  const texts = await screenTexts(app);
  expect(texts.length).toBeGreaterThan(0);
  return texts.filter((t) => t.px < 11).map((t) => `${t.text} (${t.px} px)`);
}

test('every text on the canvas is at least 11 px on screen at every zoom level', async ({ page }) => {
  test.setTimeout(90_000);
  const app = new DesignPage(page);
  await app.open();
  const rack = app.node('Rack', 'GPU pod A');
  await expect(rack).toBeVisible();
  const levels: { name: string; zoom: number; shows: Locator; at?: Locator }[] = [
    { name: 'floor plans, zoomed out to the plain floor grid', zoom: MID_ZOOM, shows: rack },
    { name: 'racks and switches', zoom: 1, shows: app.node('Switch', 'Spine A'), at: app.node('Switch', 'Spine A') },
    { name: 'ports', zoom: PORTS_FROM, shows: app.canvas.getByRole('group', { name: 'Ports of Spine A' }), at: app.node('Switch', 'Spine A') },
    { name: 'halls', zoom: RACKS_FROM, shows: app.node('Hall', 'Hall A1') },
    { name: 'campus', zoom: HALLS_FROM, shows: app.node('Building', 'Building A') },
  ];
  // the fitted view first: floor plans with racks and switches, below 100 %
  await expect.poll(() => zoomOf(page)).toBeLessThan(1);
  await expect.poll(() => smallTexts(app), { message: 'fitted view' }).toEqual([]);
  await expect(app.node('Building', 'Building A').getByText('Building A', { exact: true })).toBeVisible();
  await expect(app.node('Hall', 'Hall A1').getByText('Hall A1', { exact: true })).toBeVisible();
  for (const level of levels) {
    await wheelTo(page, app, level.zoom, level.at ? await centreOf(level.at) : undefined);
    await expect(level.shows).toBeVisible({ timeout: 15_000 });
    await expect.poll(() => smallTexts(app), { message: level.name }).toEqual([]);
  }
});

test('at the port level the cards on screen show the cages each link group takes and the cages left, as the engine counts them', async ({ page }) => {
  test.setTimeout(60_000);
  const app = new DesignPage(page);
  await app.open();
  const spine = app.node('Switch', 'Spine A');
  await expect(spine).toBeVisible();
  const panels = app.canvas.getByRole('group', { name: /^Ports of / });
  await expect(panels).toHaveCount(0);

  await wheelTo(page, app, PORTS_FROM, await centreOf(spine));
  const panel = spine.getByRole('group', { name: 'Ports of Spine A' });
  await expect(panel).toBeVisible({ timeout: 15_000 });

  // Spine A is one switch: every link of the groups landing on it takes a port there, packed per module
  const spineA = design.nodes.find((n) => n.name === 'Spine A')!;
  const landing = design.links.filter((l) => l.a === spineA.id || l.b === spineA.id);
  const ends = landing.map((l) => {
    const verdict = analysis.linkById.get(l.id)!;
    const fit = (l.a === spineA.id ? verdict.endA : verdict.endB)!;
    const peer = design.nodes.find((n) => n.id === (l.a === spineA.id ? l.b : l.a))!.name;
    const ports = l.a === spineA.id ? verdict.cables : l.count;
    return { cages: Math.ceil(ports / fit.linksPerModule), ports, peer, group: fit.portGroup };
  });
  const { group } = ends[0]!;
  const inUse = ends.reduce((sum, e) => sum + e.cages, 0);
  const title = `${group.purpose} · ${group.cages} × ${group.formFactor}`;
  const meter = panel.getByRole('meter', { name: title });
  await expect(meter).toHaveAttribute('aria-valuenow', String(inUse));
  await expect(meter).toHaveAttribute('aria-valuetext', `${inUse} of ${group.cages} cages in use, ${inUse > group.cages ? `${inUse - group.cages} over` : `${group.cages - inUse} free`}`);
  await expect(panel.getByText(ends.map((e) => `${e.cages} ${e.peer}${e.ports === e.cages ? '' : ` (${e.ports} ports)`}`).join(' · '), { exact: true })).toBeVisible();

  // Leaf A is two switches: the busiest one's cages, as the engine's port use gives them
  const leafA = design.nodes.find((n) => n.name === 'Leaf A')!;
  const leafUse = analysis.portUse(leafA.id)!;
  const fabric = leafUse.groups[0]!;
  const leafPanel = app.node('Switch', 'Leaf A').getByRole('group', { name: 'Ports of Leaf A' });
  await expect(leafPanel.getByText(`Ports per switch, busiest of ${leafUse.devices}`)).toBeVisible();
  await expect(leafPanel.getByRole('meter', { name: `${fabric.portGroup.purpose} · ${fabric.portGroup.cages} × ${fabric.portGroup.formFactor}` })).toHaveAttribute('aria-valuenow', String(fabric.cagesInUse));
  await expect(leafPanel.getByText(`${fabric.cagesFree} free`)).toBeVisible();
  await expect.poll(() => panelsOutOfPlace(app)).toEqual([]);

  // mounted: within the budget, and a port panel only on the rack and switch cards on screen
  const nodes = app.canvas.locator('[aria-roledescription="node"]');
  const edges = app.canvas.locator('[aria-roledescription="edge"]');
  expect((await nodes.count()) + (await edges.count())).toBeLessThanOrEqual(ELEMENT_BUDGET);
  const withPorts = new Set(design.nodes.filter((n) => n.kind === 'switch' || (n.kind === 'rack' && n.rackKind === 'gpu')).map((n) => `${n.kind === 'rack' ? 'Rack' : 'Switch'} ${n.name}`));
  const onScreen = await nodes.evaluateAll((cards, names) => {
    const view = cards[0]!.closest('.react-flow')!.getBoundingClientRect();
    return cards.filter((card) => {
      const r = card.getBoundingClientRect();
      const name = card.getAttribute('aria-label')?.split(':')[0];
      return names.includes(name ?? '') && r.right > view.left && r.left < view.right && r.bottom > view.top && r.top < view.bottom;
    }).length;
  }, [...withPorts]);
  expect(onScreen).toBeGreaterThan(0);
  expect(onScreen).toBeLessThan(withPorts.size);
  await expect(panels).toHaveCount(onScreen);
});

/**
 * Two leaves whose GPU servers take their fabric cages and whose UFM appliance takes their one UFM
 * in-band cage: two port groups in use on one switch, more lines than a card holds.
 */
const twoPortGroups = designOf(
  [
    building('b1'),
    hall('h1', 'b1'),
    { ...gpuRacks('gpu', 'h1', { row: 0, slot: 0 }, 'dgx-b300', 4, 2), name: 'GPU pod' },
    { id: 'ufm', kind: 'rack', parent: 'h1', name: 'UFM rack', rackKind: 'management', floor: { row: 0, slot: 2 }, contents: { model: 'ufm-appliance-3.1', perRack: 2 }, quantity: 1 },
    { ...networkRack('net', 'h1', { row: 1, slot: 0 }), name: 'Network rack' },
    { ...switches('leaf', 'net', 'q3400', 'leaf', 2), name: 'Leaf X' },
    { ...switches('spine', 'net', 'q3400', 'spine', 1), name: 'Spine X' },
  ],
  [linkGroup('down', 'gpu', 'leaf', 64, '800g-dr4'), linkGroup('ufm-in', 'ufm', 'leaf', 2, '400g-dr4'), linkGroup('up', 'leaf', 'spine', 64, '800g-dr4')],
  {},
  'Two port groups',
);

/**
 * Each port panel on the canvas that is cut, leaves its card, or overlaps another rack or switch card
 * (other than the rack it stands in), as "panel: problem".
 */
async function panelsOutOfPlace(app: DesignPage): Promise<string[]> {
  return app.canvas.getByRole('group', { name: /^Ports of / }).evaluateAll((panels) => {
    const cards = [...document.querySelectorAll('.react-flow__node-rack, .react-flow__node-switch')];
    return panels.flatMap((panel) => {
      const name = panel.getAttribute('aria-label');
      const p = panel.getBoundingClientRect();
      const own = panel.closest('.react-flow__node')!;
      const c = own.getBoundingClientRect();
      const problems: string[] = [];
      if (panel.scrollHeight > panel.clientHeight) problems.push(`${name}: cut (${panel.scrollHeight} px of lines in ${panel.clientHeight} px)`);
      if (p.left < c.left - 0.5 || p.right > c.right + 0.5 || p.top < c.top - 0.5 || p.bottom > c.bottom + 0.5) problems.push(`${name}: leaves its card (${p.bottom.toFixed(1)} below ${c.bottom.toFixed(1)})`);
      for (const other of cards) {
        const o = other.getBoundingClientRect();
        // the rack a switch stands in holds its card
        if (other === own || (o.left <= c.left && c.right <= o.right && o.top <= c.top && c.bottom <= o.bottom)) continue;
        if (p.left < o.right && o.left < p.right && p.top < o.bottom && o.top < p.bottom) problems.push(`${name}: overlaps ${other.getAttribute('aria-label')}`);
      }
      return problems;
    });
  });
}

test('at the port level a switch with two port groups in use keeps its port panel inside its card, clear of the cards around it', async ({ page }) => {
  test.setTimeout(60_000);
  const leafUse = analyzeDesign(twoPortGroups).portUse('leaf')!;
  const used = leafUse.groups.filter((g) => g.uses.some((u) => u.ports > 0));
  expect(used.length).toBe(2);
  const app = new DesignPage(page);
  await app.open();
  await importFile(page, jsonFile('two-port-groups.fabric.json', serializeDesign(twoPortGroups)));
  const leaf = app.node('Switch', 'Leaf X');
  await expect(leaf).toBeVisible({ timeout: 15_000 });

  await wheelTo(page, app, PORTS_FROM, await centreOf(leaf));
  const panel = leaf.getByRole('group', { name: 'Ports of Leaf X' });
  await expect(panel).toBeVisible({ timeout: 15_000 });
  // both port groups in use read on the card, with the engine's counts
  for (const g of used) {
    const meter = panel.getByRole('meter', { name: `${g.portGroup.purpose} · ${g.portGroup.cages} × ${g.portGroup.formFactor}` });
    await expect(meter).toHaveAttribute('aria-valuenow', String(g.cagesInUse));
    await expect(meter).toBeVisible();
  }
  await expect(panel.getByText(`Ports per switch, busiest of ${leafUse.devices}`)).toBeVisible();
  await expect(app.canvas.getByRole('group', { name: 'Ports of Spine X' })).toBeVisible();
  await expect.poll(() => panelsOutOfPlace(app)).toEqual([]);
});
