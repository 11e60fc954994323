/**
 * The page does little per edit: React re-renders only the cards and runs whose data changed, and
 * the side panel's sections whose figures changed. Counts of renders per component
 * (renderCounter.ts), never timings.
 */
import { expect, test, type Page } from '@playwright/test';
import { engineFacts } from './engineFacts.ts';
import { InspectorPanel } from './pages/InspectorPanel.ts';
import { DesignPage } from './pages/DesignPage.ts';
import { afterFrames, countRenders, takePanelRenders, takeRenders, type RenderCounts } from './renderCounter.ts';

const { design } = engineFacts('two-building-lr4');
const rack = design.nodes.find((n) => n.name === 'GPU pod A')!;
const compute = design.links.find((l) => l.a === rack.id)!;

let app: DesignPage;
let inspector: InspectorPanel;

/**
 * The renders from now until the canvas has been quiet for a moment (an edit's renders may come in a few
 * commits): 24 frames (0.4 s at 60 frames a second) with none.
 */
async function rendersUntilQuiet(page: Page): Promise<RenderCounts> {
  const total = { nodes: {} as Record<string, number>, edges: {} as Record<string, number> };
  for (;;) {
    await afterFrames(page, 24);
    const taken = await takeRenders(page);
    const quiet = !Object.keys(taken.nodes).length && !Object.keys(taken.edges).length;
    for (const kind of ['nodes', 'edges'] as const) for (const [id, n] of Object.entries(taken[kind])) total[kind][id] = (total[kind][id] ?? 0) + n;
    if (quiet) return total;
  }
}

const tool = (page: Page, name: string) => page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name, exact: true });

test.beforeEach(async ({ page }) => {
  await countRenders(page);
  app = new DesignPage(page);
  inspector = new InspectorPanel(page);
  await app.open();
  await expect(app.node('Rack', 'GPU pod A')).toBeVisible();
  const mounted = await rendersUntilQuiet(page);
  // the counter sees the canvas: every card and run rendered as the design opened
  expect(mounted.nodes[rack.id]).toBeGreaterThan(0);
  expect(mounted.edges[compute.id]).toBeGreaterThan(0);
});

test('selecting a rack re-renders its card alone; renaming it re-renders that card and no run', async ({ page }) => {
  await app.node('Rack', 'GPU pod A').click();
  await expect(inspector.field('Name')).toHaveValue('GPU pod A');
  expect(await rendersUntilQuiet(page)).toEqual({ nodes: { [rack.id]: 1 }, edges: {} });

  await inspector.enter(inspector.field('Name'), 'GPU pod West');
  await expect(app.node('Rack', 'GPU pod West')).toBeVisible();
  expect(await rendersUntilQuiet(page)).toEqual({ nodes: { [rack.id]: 1 }, edges: {} });
});

test('changing a link group’s count re-renders its run alone, and so do undo and redo', async ({ page }) => {
  await app.linkGroup('GPU pod A', 'Leaf A').dispatchEvent('click');
  await expect(inspector.field('Count')).toHaveValue(String(compute.count));
  await rendersUntilQuiet(page);

  await inspector.enter(inspector.field('Count'), String(compute.count / 2));
  await expect(app.linkGroup('GPU pod A', 'Leaf A')).toHaveAccessibleName(new RegExp(`^Link group ${compute.count / 2} × `));
  expect(await rendersUntilQuiet(page)).toEqual({ nodes: {}, edges: { [compute.id]: 1 } });

  await tool(page, 'Undo').click();
  await expect(app.linkGroup('GPU pod A', 'Leaf A')).toHaveAccessibleName(new RegExp(`^Link group ${compute.count} × `));
  expect(await rendersUntilQuiet(page)).toEqual({ nodes: {}, edges: { [compute.id]: 1 } });

  await tool(page, 'Redo').click();
  await expect(app.linkGroup('GPU pod A', 'Leaf A')).toHaveAccessibleName(new RegExp(`^Link group ${compute.count / 2} × `));
  expect(await rendersUntilQuiet(page)).toEqual({ nodes: {}, edges: { [compute.id]: 1 } });
});

test('the side panel re-renders the totals and the bill of materials only when their figures change', async ({ page }) => {
  /** Side-panel renders from now until the canvas is quiet, for the totals and the bill of materials. */
  const panelRenders = async () => {
    await rendersUntilQuiet(page);
    const taken = await takePanelRenders(page);
    return { totals: taken.Totals ?? 0, bom: taken['Bill of materials'] ?? 0 };
  };
  await panelRenders();
  await app.node('Rack', 'GPU pod A').click();
  await expect(inspector.field('Name')).toHaveValue('GPU pod A');
  expect(await panelRenders()).toEqual({ totals: 0, bom: 0 });

  await inspector.enter(inspector.field('Name'), 'GPU pod West');
  await expect(app.node('Rack', 'GPU pod West')).toBeVisible();
  expect(await panelRenders()).toEqual({ totals: 0, bom: 0 });

  await app.linkGroup('GPU pod West', 'Leaf A').dispatchEvent('click');
  await expect(inspector.field('Count')).toHaveValue(String(compute.count));
  await panelRenders();
  await inspector.enter(inspector.field('Count'), String(compute.count / 2));
  await expect(app.linkGroup('GPU pod West', 'Leaf A')).toHaveAccessibleName(new RegExp(`^Link group ${compute.count / 2} × `));
  // fewer links: fewer cables and modules
  const changed = await panelRenders();
  expect(changed.totals).toBeGreaterThan(0);
  expect(changed.bom).toBeGreaterThan(0);
});

test('deleting a switch group re-renders the rack, hall and building it shrinks, and so do undo and redo', async ({ page }) => {
  const parentOf = (id: string) => {
    const node = design.nodes.find((n) => n.id === id)!;
    return node.kind === 'building' ? '' : node.parent;
  };
  const spine = design.nodes.find((n) => n.name === 'Spine B')!;
  const rackId = parentOf(spine.id);
  const hallId = parentOf(rackId);
  const shrunk = { [rackId]: 1, [hallId]: 1, [parentOf(hallId)]: 1 };
  const ownRuns = design.links.filter((l) => l.a === spine.id || l.b === spine.id).map((l) => l.id);
  // the one other run whose route changes: Leaf B to Spine A, whose label made room for Spine B's runs;
  // it renders once for its route and once for its label's new spot (lod/useRunLabels.ts places labels
  // once the cards are drawn), as does a run mounted again: once drawn, once with its label placed
  const passing = design.links.find((l) => l.id === 'b-to-a')!.id;
  await app.node('Switch', 'Spine B').click();
  await rendersUntilQuiet(page);

  await page.keyboard.press('Delete');
  await expect(app.node('Switch', 'Spine B')).toHaveCount(0);
  expect(await rendersUntilQuiet(page)).toEqual({ nodes: shrunk, edges: { [passing]: 2 } });

  await tool(page, 'Undo').click();
  await expect(app.node('Switch', 'Spine B')).toBeVisible();
  // the switch group and its runs mount again
  expect(await rendersUntilQuiet(page)).toEqual({ nodes: { ...shrunk, [spine.id]: 1 }, edges: { [passing]: 2, ...Object.fromEntries(ownRuns.map((id) => [id, 2])) } });

  await tool(page, 'Redo').click();
  await expect(app.node('Switch', 'Spine B')).toHaveCount(0);
  expect(await rendersUntilQuiet(page)).toEqual({ nodes: shrunk, edges: { [passing]: 2 } });
});
