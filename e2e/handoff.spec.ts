import { readFile } from 'node:fs/promises';
import { DOMParser } from '@xmldom/xmldom';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { diffDesigns } from '../src/domain/diff/diffDesigns.ts';
import { diffRows } from '../src/domain/diff/diffRows.ts';
import { analyzeDesign } from '../src/domain/engine/analyzeDesign.ts';
import { netboxExport } from '../src/domain/export/netboxExport.ts';
import { cvtSheets } from '../src/domain/export/cvtP2p.ts';
import { serializeDesign } from '../src/domain/format/serializeDesign.ts';
import { cutsheetSize } from '../src/domain/report/cutsheet.ts';
import { engineFacts } from './engineFacts.ts';
import { downloadText, fixturePath, importFile, jsonFile } from './fixtures/deliver.ts';
import { pdfText, squash } from './fixtures/pdfText.ts';
import { csvRecords } from './fixtures/parseCsv.ts';
import { DesignPage } from './pages/DesignPage.ts';
import { countWorkerMessages } from './workerMessages.ts';

const { design, analysis } = engineFacts('two-building-lr4');

async function openExport(page: Page) {
  await new DesignPage(page).open();
  await page.getByRole('button', { name: 'Export to…' }).click();
  return page.getByRole('dialog', { name: 'Export to…' });
}

async function downloadBytes(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const download = page.waitForEvent('download', { timeout: 30_000 });
  await click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile(await file.path())) };
}

test.describe('export to…', () => {
  test('downloads NetBox CSVs as a zip, the CVT P2P workbook and CSV, and a draw.io file', async ({ page }) => {
    const dialog = await openExport(page);

    const netbox = await downloadBytes(page, () => dialog.getByRole('button', { name: 'NetBox CSV files (.zip)' }).click());
    expect(netbox.name).toBe('two-building-lr4-campus.netbox.zip');
    const zip = unzipSync(netbox.bytes);
    const expected = netboxExport(design, analysis);
    expect(Object.keys(zip).sort()).toEqual(expected.files.map((f) => f.name).sort());
    for (const f of expected.files) expect(strFromU8(zip[f.name]!)).toBe(f.text);
    const cables = csvRecords(strFromU8(zip['cables.csv']!)).records;
    // the plant's trunks run panel to panel, rear port to rear port
    expect(cables.filter((c) => c.side_a_type === 'dcim.rearport')).toHaveLength(analysis.bom.plant.trunks.reduce((n, t) => n + t.count, 0));
    expect(csvRecords(strFromU8(zip['front_ports.csv']!)).records).toHaveLength(analysis.bom.plant.panels.reduce((n, p) => n + p.ports, 0));
    await expect(dialog.getByRole('status')).toHaveText(['Saved two-building-lr4-campus.netbox.zip.', ...expected.notes].join(''));

    const workbook = await downloadBytes(page, () => dialog.getByRole('button', { name: 'NVIDIA CVT P2P workbook (.xlsx)' }).click());
    expect(workbook.name).toBe('two-building-lr4-campus.p2p.xlsx');
    const sheets = new DOMParser().parseFromString(strFromU8(unzipSync(workbook.bytes)['xl/workbook.xml']!), 'text/xml').getElementsByTagName('sheet');
    expect(Array.from(sheets).map((s) => s.getAttribute('name'))).toEqual(cvtSheets(design, analysis).map((s) => s.name));

    const csv = await downloadText(page, () => dialog.getByRole('button', { name: 'NVIDIA CVT P2P (.csv)' }).click());
    const p2p = csvRecords(csv.text);
    expect(p2p.header).toEqual(['A-Rack', 'A-U', 'A-Node Name', 'A-Type', 'A-Port', 'Z-Rack', 'Z-U', 'Z-Node Name', 'Z-Type', 'Z-Port']);
    expect(p2p.records).toHaveLength(cutsheetSize(analysis));

    const drawio = await downloadText(page, () => dialog.getByRole('button', { name: 'draw.io diagram (.drawio)' }).click());
    expect(drawio.name).toBe('two-building-lr4-campus.drawio');
    const cells = Array.from(new DOMParser().parseFromString(drawio.text, 'text/xml').getElementsByTagName('mxCell'));
    expect(cells.filter((c) => c.getAttribute('vertex') === '1')).toHaveLength(design.nodes.length);
    expect(cells.filter((c) => c.getAttribute('edge') === '1')).toHaveLength(design.links.length);
  });
});

test.describe('compare with a file…', () => {
  async function compareWith(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
    await new DesignPage(page).open();
    await page.getByRole('button', { name: 'Compare with a file…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Compare with a file' });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Choose a revision…' }).click();
    await (await chooser).setFiles(file);
    return dialog;
  }

  test('lists the changed link group and the BOM delta, and downloads the change order', async ({ page }) => {
    const earlier = { ...design, links: design.links.map((l) => (l.id === 'a-compute' ? { ...l, count: 48 } : l)) };
    const diff = diffDesigns({ design: earlier, analysis: analyzeDesign(earlier) }, { design, analysis });
    const posted = await countWorkerMessages(page);
    const dialog = await compareWith(page, jsonFile('rev-b.fabric.json', serializeDesign(earlier)));
    await expect(dialog.getByRole('status')).toContainText('0 added, 0 removed, 1 changed');
    // read, analyzed and diffed in the compare worker: one message to it
    expect((await posted()).perScript.compare).toBe(1);
    const changes = dialog.getByRole('table', { name: 'Changes' });
    await expect(changes.getByRole('row').filter({ hasText: 'a-compute' })).toContainText('count4864+16');
    const bomTable = dialog.getByRole('table', { name: 'BOM delta' });
    await expect(bomTable.getByRole('row')).toHaveCount(1 + diff.bom.reduce((n, l) => n + l.figures.length, 0));
    const cables = diff.bom.find((l) => l.section === 'cables')!;
    await expect(bomTable.getByRole('row').filter({ hasText: `cables: ${cables.item}` })).toContainText(`+${cables.figures[0]!.difference}`);

    const csv = await downloadText(page, () => dialog.getByRole('button', { name: 'Download change order CSV' }).click());
    expect(csv.name).toBe('two-building-lr4-campus.changes.csv');
    expect(csvRecords(csv.text).records.find((r) => r.category === 'link')).toMatchObject({ field: 'count', before: '48', after: '64', difference: '16' });
  });

  test('prints the change order: both revisions named and dated, the changed group, every BOM figure and the cost delta', async ({ page }) => {
    test.slow(); // a PDF of several pages, on a loaded machine
    const prices = { 'qsfpdd-400g-dr4': 650, 'osfp-2x400g-dr4-flat': 1200 };
    const later = { ...design, name: 'Campus rev C', prices };
    const earlier = { ...later, name: 'Campus rev B', links: later.links.map((l) => (l.id === 'a-compute' ? { ...l, count: 48 } : l)) };
    const diff = diffDesigns({ design: earlier, analysis: analyzeDesign(earlier) }, { design: later, analysis: analyzeDesign(later) });
    await new DesignPage(page).open();
    await importFile(page, jsonFile('rev-c.fabric.json', serializeDesign(later)));
    await expect(new DesignPage(page).designName).toHaveText('Campus rev C');
    await page.getByRole('button', { name: 'Compare with a file…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Compare with a file' });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Choose a revision…' }).click();
    await (await chooser).setFiles(jsonFile('rev-b.fabric.json', serializeDesign(earlier)));
    await dialog.getByRole('button', { name: 'Print change order' }).click();
    const order = page.getByRole('article', { name: 'Change order' });
    await expect(order.getByRole('heading', { level: 1 })).toHaveText('Campus rev B → Campus rev C');

    const { pages, text } = await pdfText(await page.pdf({ format: 'A4', printBackground: true }));
    const printed = squash(text);
    const signed = (d: number | null) => (d === null ? '' : `${d > 0 ? '+' : ''}${d.toLocaleString('en-US')}`);
    const money = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const costOf = (d: typeof later) => analyzeDesign(d).bom.cost!.total;
    const rows = diffRows(diff);
    expect(rows.filter((r) => r.category === 'bom').length).toBeGreaterThan(3);
    const expected = [
      'Campus rev B → Campus rev C',
      'Before Campus rev B · file rev-b.fabric.json · saved',
      'After Campus rev C · the open design · printed',
      '0 added, 0 removed, 1 changed; 0 verdict(s) changed;',
      'count 48 64 +16',
      ...rows.filter((r) => r.category === 'bom').map((r) => `${r.item} ${r.field} ${r.before} ${r.after} ${signed(r.difference)}`),
      `Total before ${money(costOf(earlier))} · after ${money(costOf(later))} · difference ${money(costOf(later) - costOf(earlier))}`,
      `Page 1 of ${pages}`,
    ];
    for (const piece of expected) expect.soft(printed, piece).toContain(squash(piece));
    expect(printed).toMatch(/saved\d{4}-\d{2}-\d{2}/);
    expect(costOf(later)).toBeGreaterThan(costOf(earlier));
    // only the change order goes to paper
    expect(printed).not.toContain(squash('Choose a revision…'));
  });

  test('says so when nothing differs, and refuses a file that is not a design', async ({ page }) => {
    const same = await compareWith(page, jsonFile('same.fabric.json', serializeDesign(design)));
    await expect(same.getByRole('status')).toHaveText('No differences between same.fabric.json and the open design.');
    const chooser = page.waitForEvent('filechooser');
    await same.getByRole('button', { name: 'Choose a revision…' }).click();
    await (await chooser).setFiles(fixturePath('not-json.fabric.json'));
    await expect(same.getByRole('alert')).toContainText('not-json.fabric.json is not a design this app can read');
  });
});
