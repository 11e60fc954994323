import { expect, test, type Page } from '@playwright/test';
import { analyzeDesign } from '../src/domain/engine/analyzeDesign.ts';
import { indexNodes } from '../src/domain/engine/placement.ts';
import { bomCsv } from '../src/domain/report/bomCsv.ts';
import { CUTSHEET_HEADER } from '../src/domain/report/cutsheet.ts';
import { cutsheetCsv } from '../src/domain/report/cutsheetCsv.ts';
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
    const trunks = dialog.getByRole('table', { name: 'Trunks' });
    await expect(trunks.getByRole('row')).toHaveCount(bom.plant.trunks.length + 1);
    for (const [i, t] of bom.plant.trunks.entries()) {
      const cells = trunks.getByRole('row').nth(i + 1).getByRole('cell');
      await expect(cells.nth(1)).toHaveText(`${t.between[0]} ↔ ${t.between[1]}`);
      await expect(cells.nth(3)).toHaveText(formatCount(t.fibers));
      await expect(cells.nth(4)).toHaveText(formatLength(t.lengthM));
    }
    await expect(dialog.getByRole('table', { name: 'Splices' })).toContainText(`Splice closures${formatCount(bom.plant.spliceClosures)}`);
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
    expect(csv.text).toBe(bomCsv(analyzeDesign({ ...design, prices }).bom, indexNodes(design)));
    await dialog.getByRole('button', { name: 'Close' }).click();
    const file = await downloadText(page, () => page.getByRole('button', { name: 'Export', exact: true }).click());
    expect(parsed(file.text).prices).toEqual(prices);
  });

  test('downloads a BOM CSV whose rows add up to the engine totals', async ({ page }) => {
    const dialog = await openBom(page);
    const csv = await downloadText(page, () => dialog.getByRole('button', { name: 'Download BOM CSV' }).click());
    expect(csv.name).toBe('two-building-lr4-campus.bom.csv');
    expect(csv.text).toBe(bomCsv(bom, indexNodes(design)));
    const { records } = csvRecords(csv.text);
    const total = (category: string, column = 'count') => records.filter((r) => r.category === category).reduce((s, r) => s + Number(r[column]), 0);
    expect(total('device')).toBe(summary.servers + summary.switches);
    expect(total('module')).toBe(bom.modules.reduce((s, m) => s + m.count, 0));
    expect(total('cable')).toBe(bom.cables.reduce((s, c) => s + c.count, 0));
    expect(total('trunk')).toBe(bom.plant.trunks.reduce((s, t) => s + t.count, 0));
    expect(total('panel')).toBe(bom.plant.panels.reduce((s, p) => s + p.ports, 0));
    const osp = records.filter((r) => r.category === 'trunk' && r.item!.startsWith('trunk-osp-'));
    expect(osp).toHaveLength(1);
    expect(Number(osp[0]!.item!.match(/-(\d+)f-per-m$/)![1])).toBeGreaterThanOrEqual(64);
    expect(records.find((r) => r.item === 'splice-closure')?.count).toBe(String(bom.plant.spliceClosures));
    expect(total('splice')).toBe(bom.plant.spliceClosures + bom.plant.splices);
    // every trunk line: the pair of places it joins, its fiber count, cut length and count, as the engine sized it
    const trunkRows = records.filter((r) => r.category === 'trunk').map((r) => `${r.description}|${r.length_m}|${r.count}`);
    expect(trunkRows).toEqual(
      bom.plant.trunks.map((t) => `${t.type === 'osp' ? 'outside-plant trunk' : 'MPO trunk'} ${t.fibers} fibers, ${t.between[0]} - ${t.between[1]}|${t.lengthM}|${t.count}`),
    );
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
    const byGroup = new Map<string, number>();
    for (const r of records) byGroup.set(r.link_group!, (byGroup.get(r.link_group!) ?? 0) + 1);
    expect(byGroup).toEqual(new Map(analysis.links.map((v) => [v.linkId, v.cables * v.cordsPerCable])));
    // the campus links: cord, panels and trunks down to the fibers, LC A-B polarity, labels from names
    const campus = records.filter((r) => r.link_group === 'a-to-b');
    expect(campus[0]!.trunks).toContain('OSP trunk Building A-Building B');
    expect(campus[0]!.trunks).toMatch(/f1-2(\D|$)/);
    expect(campus[1]!.trunks).toMatch(/OSP trunk Building A-Building B \d+ m f3-4/);
    expect(campus[0]!.a_panel).toBe('Hall A1 row 3 LC P1');
    expect(campus.every((r) => r.polarity === 'LC A-B')).toBe(true);
    expect(campus[0]!.a_label).toBe('R03-01 Leaf A#1 QSFP-DD49');
    expect(records.every((r) => r.a_label!.length <= 40 && r.b_label!.length <= 40)).toBe(true);
    await expect(dialog.getByRole('status').filter({ hasText: 'Cable schedule ready' })).toHaveText(`Cable schedule ready: ${formatCount(summary.cables)} cables.`);
  });

  test('downloads the installer task sheets, byte for byte what `fabric cutsheet --task` writes', async ({ page }) => {
    const dialog = await openBom(page);
    const cords = await downloadText(page, () => dialog.getByRole('button', { name: 'Download patch cord sheet CSV' }).click());
    expect(cords.name).toBe('two-building-lr4-campus.cords.csv');
    expect(cords.text).toBe(cutsheetCsv(design, analysis, 'cords').csv);
    // one row per patch cord the BOM buys, the first from the first GPU port to its row panel
    const cordRows = csvRecords(cords.text).records;
    const boughtCords = bom.cables.reduce((n, c) => n + c.count, 0);
    expect(cordRows).toHaveLength(boughtCords);
    expect(cordRows[0]).toMatchObject({ cord_id: 'K000001', hall: 'Hall A1', rack: 'R01-01', device: 'gpu-a#1', port: 'OSFP1/1', to_panel: 'Hall A1 row 1', to_panel_port: 'MPO P1' });
    await expect(dialog.getByRole('status').filter({ hasText: 'Patch cord sheet ready' })).toHaveText(`Patch cord sheet ready: ${formatCount(boughtCords)} cords.`);

    const trunks = await downloadText(page, () => dialog.getByRole('button', { name: 'Download trunk sheet CSV' }).click());
    expect(trunks.name).toBe('two-building-lr4-campus.trunks.csv');
    expect(trunks.text).toBe(cutsheetCsv(design, analysis, 'trunks').csv);
    // the 64 LR4 links between the buildings each take two fibers of the one OSP trunk
    const lr4 = design.links.filter((l) => l.optic === '400g-lr4-10').reduce((n, l) => n + l.count, 0);
    const osp = csvRecords(trunks.text).records.filter((r) => r.type === 'osp');
    expect(osp).toHaveLength(lr4);
    expect(osp.at(-1)).toMatchObject({ between_a: 'Building A', between_b: 'Building B', fibers: `f${2 * lr4 - 1}-${2 * lr4}` });
  });
});
