import { expect, test } from '@playwright/test';
import { engineFacts } from './engineFacts.ts';
import { DesignPage, type NodeKind } from './pages/DesignPage.ts';

const facts = engineFacts('two-building-lr4');
const KIND: Record<string, NodeKind> = { building: 'Building', hall: 'Hall', rack: 'Rack', switch: 'Switch' };

test.describe('the default example', () => {
  let app: DesignPage;

  test.beforeEach(async ({ page }) => {
    app = new DesignPage(page);
    await app.open();
  });

  test('draws every building, hall, rack and switch by name', async () => {
    await expect(app.designName).toHaveText(facts.design.name);
    for (const node of facts.design.nodes) await expect(app.node(KIND[node.kind]!, node.name)).toBeVisible();
    await expect(app.node('Rack', 'GPU pod A')).toContainText('4 × DGX H100 (×2 racks)');
    await expect(app.node('Switch', 'Leaf A')).toContainText('×2');
  });

  test('labels every link group with count, optic, length and verdict', async () => {
    await expect(app.edgeLabel(/32 × 400G-LR4-10 · \d+(\.\d)? km/).first()).toBeVisible();
    for (const link of facts.design.links) {
      const from = facts.design.nodes.find((n) => n.id === link.a)!.name;
      const to = facts.design.nodes.find((n) => n.id === link.b)!.name;
      const verdict = facts.analysis.linkById.get(link.id)!;
      const optic = facts.analysis.catalog.optics[link.optic]!.name;
      const status = { ok: 'OK', warning: 'Warning', error: 'Error' }[verdict.status];
      await expect(app.linkGroup(from, to)).toHaveAccessibleName(new RegExp(`^Link group ${link.count} × ${optic} · .*: ${status}$`));
    }
  });

  test('shows the totals the engine computes', async () => {
    for (const [label, value] of Object.entries(facts.totals)) {
      expect.soft(await app.total(label), label).toBe(value);
    }
    expect(facts.totals.GPUs).toBeGreaterThan(0);
  });

  test('lists the bill of materials by model and role, and by module', async () => {
    const devices = app.bomTable('Devices');
    for (const line of facts.analysis.bom.devices) {
      await expect(devices.getByRole('row').filter({ hasText: line.name }).filter({ hasText: line.role })).toContainText(String(line.count));
    }
    const modules = app.bomTable('Transceiver modules');
    await expect(modules.getByRole('row')).toHaveCount(facts.analysis.bom.modules.length + 1);
  });

  test('selects a node when it is clicked, and clears on the empty canvas', async () => {
    const leaf = app.node('Switch', 'Leaf A');
    await leaf.click();
    await expect(leaf.locator('[data-selected="true"]')).toHaveCount(1);
    await app.canvas.click({ position: { x: 8, y: 8 } });
    await expect(leaf.locator('[data-selected="true"]')).toHaveCount(0);
  });
});
