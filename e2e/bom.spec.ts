import { expect, test, type Page } from '@playwright/test';
import { analyzeDesign } from '../src/domain/engine/analyzeDesign.ts';
import { bomCsv } from '../src/domain/report/bomCsv.ts';
import { CUTSHEET_HEADER } from '../src/domain/report/cutsheet.ts';
import { formatMoney } from '../src/panels/bom/formatMoney.ts';
import { formatCount, formatLength } from '../src/ui/format.ts';
import { engineFacts, parsed } from './engineFacts.ts';
import { downloadText } from './fixtures/deliver.ts';
import { csvRecords } from './fixtures/parseCsv.ts';
import { DesignPage } from './pages/DesignPage.ts';

const { design, analysis } = engineFacts('two-building-lr4');
const { bom, summary } = analysis;

async function openBom(page: Page) {
  await page.goto('/');
  await expect(new DesignPage(page).designName).toHaveText(design.name);
  await page.getByRole('button', { name: 'Bill of materials' }).click();
  return page.getByRole('dialog', { name: 'Bill of materials' });
}

const rowOf = (table: ReturnType<Page['getByRole']>, ...texts: string[]) => texts.reduce((rows, t) => rows.filter({ hasText: t }), table.getByRole('row'));

test.describe('the bill of materials', () => {
  test('lists devices, modules by side, cables, fiber per building and hall pair, and power', async ({ page }) => {
    const dialog = await openBom(page);
    const devices = dialog.getByRole('table', { name: 'Devices' });
    for (const d of bom.devices) await expect(rowOf(devices, d.name, d.role)).toContainText(formatCount(d.count));
    const modules = dialog.getByRole('table', { name: 'Transceiver modules' });
    for (const m of bom.modules) {
      const cells = rowOf(modules, m.part).getByRole('cell');
      await expect(cells.nth(2)).toHaveText(formatCount(m.switchSide));
      await expect(cells.nth(3)).toHaveText(formatCount(m.serverSide));
      await expect(cells.nth(4)).toHaveText(formatCount(m.count));
    }
    const cables = dialog.getByRole('table', { name: 'Cables' });
    await expect(cables.getByRole('row')).toHaveCount(bom.cables.length + 2);
    for (const c of bom.cables) {
      const row = cables.getByRole('row').filter({ has: page.getByRole('cell', { name: formatLength(c.lengthM), exact: true }) }).filter({ hasText: c.assembly });
      await expect(row.getByRole('cell').last()).toHaveText(formatCount(c.count));
    }
    const totals = dialog.getByRole('table', { name: 'Fiber totals' });
    await expect(totals).toContainText(`Fiber strands${formatCount(bom.fiber.strands)}`);
    await expect(totals).toContainText(`Fiber pairs${formatCount(bom.fiber.pairs)}`);
    const names = new Map(design.nodes.map((n) => [n.id, n.name]));
    for (const [label, crossings] of [['Fiber by building pair', bom.fiber.byBuildingPair], ['Fiber by hall pair', bom.fiber.byHallPair]] as const) {
      expect(crossings.length).toBeGreaterThan(0);
      for (const c of crossings) await expect(rowOf(dialog.getByRole('table', { name: label }), `${names.get(c.a)} ↔ ${names.get(c.b)}`)).toContainText(formatCount(c.pairs));
    }
    await expect(dialog.getByRole('table', { name: 'Power' })).toContainText(`Transceiver modules${bom.powerW.modules.toLocaleString('en-US')} W`);
  });

  test('checks unit prices as typed and totals the priced lines', async ({ page }) => {
    const dialog = await openBom(page);
    const server = bom.devices.find((d) => d.role === 'server')!;
    const module = bom.modules[0]!;
    const serverPrice = dialog.getByRole('textbox', { name: `Unit price of ${server.name}` });
    await serverPrice.fill('abc');
    await expect(dialog.getByRole('alert')).toHaveText('Enter a number, such as 1200 or 35.50');
    await expect(serverPrice).toHaveAttribute('aria-invalid', 'true');
    await serverPrice.fill('-5');
    await expect(dialog.getByRole('alert')).toHaveText('A price cannot be negative');
    await serverPrice.fill('250000');
    await serverPrice.press('Enter');
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await dialog.getByRole('textbox', { name: `Unit price of ${module.name}` }).fill('1234.5');
    await dialog.getByRole('textbox', { name: `Unit price of ${module.name}` }).blur();

    const prices = { [server.model]: 250000, [module.module]: 1234.5 };
    const cost = analyzeDesign({ ...design, prices }).bom.cost!;
    await expect(dialog.getByLabel('Total cost')).toHaveText(`Total ${formatMoney(cost.total)}`);
    await expect(rowOf(dialog.getByRole('table', { name: 'Devices' }), server.name)).toContainText(formatMoney(250000 * server.count));
    await expect(dialog).toContainText(`Not priced yet: `);

    // prices are part of the design: the BOM CSV and the exported file carry them
    const csv = await downloadText(page, () => dialog.getByRole('button', { name: 'Download BOM CSV' }).click());
    expect(csv.text).toBe(bomCsv(analyzeDesign({ ...design, prices }).bom));
    await dialog.getByRole('button', { name: 'Close' }).click();
    const file = await downloadText(page, () => page.getByRole('button', { name: 'Export', exact: true }).click());
    expect(parsed(file.text).prices).toEqual(prices);
  });

  test('downloads a BOM CSV whose rows add up to the engine totals', async ({ page }) => {
    const dialog = await openBom(page);
    const csv = await downloadText(page, () => dialog.getByRole('button', { name: 'Download BOM CSV' }).click());
    expect(csv.name).toBe('two-building-lr4-campus.bom.csv');
    expect(csv.text).toBe(bomCsv(bom));
    const { records } = csvRecords(csv.text);
    const total = (category: string, column = 'count') => records.filter((r) => r.category === category).reduce((s, r) => s + Number(r[column]), 0);
    expect(total('device')).toBe(summary.servers + summary.switches);
    expect(total('module')).toBe(bom.modules.reduce((s, m) => s + m.count, 0));
    expect(total('cable')).toBe(summary.cables);
    expect(records.find((r) => r.category === 'fiber' && r.item === 'pairs')?.count).toBe(String(bom.fiber.pairs));
  });

  test('downloads a cable schedule with one row per cable', async ({ page }) => {
    const dialog = await openBom(page);
    const csv = await downloadText(page, () => dialog.getByRole('button', { name: 'Download cable schedule CSV' }).click());
    expect(csv.name).toBe('two-building-lr4-campus.cutsheet.csv');
    const { header, records } = csvRecords(csv.text);
    expect(header).toEqual([...CUTSHEET_HEADER]);
    expect(records).toHaveLength(summary.cables);
    expect(new Set(records.map((r) => r.cable_id)).size).toBe(summary.cables);
    const byKind = new Map<string, number>();
    for (const r of records) byKind.set(`${r.assembly} ${r.fiber}`, (byKind.get(`${r.assembly} ${r.fiber}`) ?? 0) + 1);
    const expected = new Map<string, number>();
    for (const c of bom.cables) expected.set(`${c.assembly} ${c.fiber ?? ''}`, (expected.get(`${c.assembly} ${c.fiber ?? ''}`) ?? 0) + c.count);
    expect(byKind).toEqual(expected);
    await expect(dialog.getByRole('status').filter({ hasText: 'Cable schedule ready' })).toHaveText(`Cable schedule ready: ${formatCount(summary.cables)} cables.`);
  });
});
