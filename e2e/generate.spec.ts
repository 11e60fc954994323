/**
 * A new user generates a DGX H100 SuperPOD from the dialog; every expected number comes from the
 * domain. Create builds the fabric in its worker (one message to it) and the design opens fitted.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { BUILTIN_CATALOG } from '../src/domain/catalog/catalog.ts';
import { DEVICE_MODELS } from '../src/domain/catalog/devices.ts';
import { analyzeDesign } from '../src/domain/engine/analyzeDesign.ts';
import { generateFabric } from '../src/domain/generator/generateFabric.ts';
import type { FabricParams } from '../src/domain/generator/params.ts';
import { previewFabric } from '../src/domain/generator/previewFabric.ts';
import { describeTierOptic } from '../src/domain/generator/tierOptics.ts';
import { deviceLineName } from '../src/domain/report/deviceLineName.ts';
import { fitIn } from './canvasView.ts';
import { DesignPage } from './pages/DesignPage.ts';
import { countWorkerMessages, type WorkerMessages } from './workerMessages.ts';

// the dialog's other fields start at the generator's defaults
const SUPERPOD: FabricParams = { template: 'rail-optimized', servers: 256, serverModel: 'dgx-h100', switchModel: 'qm9700', tiers: 2 };

function expectedPreview(params: FabricParams) {
  const r = previewFabric(params);
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.preview;
}

function expectedDesign(params: FabricParams) {
  const r = generateFabric(params);
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return { design: r.design, counts: r.counts, analysis: analyzeDesign(r.design) };
}

const asNumber = (text: string) => Number(text.replace(/[^\d.-]/g, ''));

async function openDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Generate fabric' }).click();
  const dialog = page.getByRole('dialog', { name: 'Generate fabric' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The value cell of the preview row `label`. */
function previewCell(dialog: Locator, label: string): Locator {
  return dialog
    .getByRole('table', { name: 'Preview counts' })
    .getByRole('row')
    .filter({ has: dialog.page().getByRole('rowheader', { name: label, exact: true }) })
    .getByRole('cell');
}

test.describe('Generate fabric', () => {
  let app: DesignPage;
  let posted: () => Promise<WorkerMessages>;

  test.beforeEach(async ({ page }) => {
    posted = await countWorkerMessages(page);
    app = new DesignPage(page);
    await app.open();
  });

  test('previews a DGX H100 SuperPOD, creates it, and shows its totals and bill of materials', async ({ page }) => {
    // generating, previewing and creating a whole fabric is heavy on a loaded machine
    test.slow();
    const dialog = await openDialog(page);
    await dialog.getByLabel('Server model').selectOption({ label: DEVICE_MODELS['dgx-h100'].name });
    await dialog.getByLabel('Switch model').selectOption({ label: DEVICE_MODELS.qm9700.name });
    await dialog.getByLabel('Servers', { exact: true }).fill(String(SUPERPOD.servers));
    await dialog.getByRole('group', { name: 'Tiers' }).getByRole('radio', { name: '2 tiers' }).check();

    const preview = expectedPreview(SUPERPOD);
    const rows: Record<string, number> = {
      Servers: preview.counts.servers,
      GPUs: preview.counts.gpus,
      Leaves: preview.counts.leaves,
      Spines: preview.counts.spines,
      'Server–leaf links': preview.counts.links.serverLeaf,
      'Leaf–spine links': preview.counts.links.leafSpine,
      'Transceiver modules': preview.modules,
      'Fiber pairs': preview.fiberPairs,
    };
    for (const [label, value] of Object.entries(rows)) {
      await expect.poll(async () => asNumber(await previewCell(dialog, label).innerText()), label).toBe(value);
    }
    await expect(previewCell(dialog, 'Cores')).toHaveText('—');
    await expect(dialog.getByRole('status')).toContainText(`${preview.counts.gpus.toLocaleString('en-US')} GPUs`);
    // which optic each tier got and why, in the generator's own words
    await expect(dialog.getByRole('list', { name: 'Optics by tier' }).getByRole('listitem')).toHaveText(preview.optics.map((t) => describeTierOptic(t, BUILTIN_CATALOG)));

    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();

    const { design, counts, analysis } = expectedDesign(SUPERPOD);
    await expect(app.designName).toHaveText(design.name);
    // built in the generate worker, once
    expect((await posted()).perScript.generate).toBe(1);
    const totals: Record<string, number> = {
      GPUs: analysis.summary.gpus,
      Servers: analysis.summary.servers,
      Switches: analysis.summary.switches,
      Links: analysis.summary.links,
      'Transceiver modules': analysis.bom.modules.reduce((sum, m) => sum + m.count, 0),
      'Fiber pairs': analysis.bom.fiber.pairs,
    };
    for (const [label, value] of Object.entries(totals)) expect.soft(await app.total(label), label).toBe(value);
    const devices = app.bomTable('Devices');
    for (const line of analysis.bom.devices) {
      await expect(devices.getByRole('row').filter({ hasText: line.name }).filter({ hasText: line.role })).toContainText(line.count.toLocaleString('en-US'));
    }
    // each scalable unit is one group on the canvas, not a box per rack
    await expect(app.canvas.getByRole('group', { name: /^Rack SU \d+ GPU racks/ })).toHaveCount(counts.sus);
    await expect(app.node('Rack', 'SU 1 GPU racks')).toBeInViewport();
  });

  test('an InfiniBand SuperPOD one DGX short of 4 SUs gets its UFM appliances; unticked, none', async ({ page }) => {
    // generating, previewing and creating a whole fabric is heavy on a loaded machine
    test.slow();
    const params: FabricParams = { template: 'rail-optimized', servers: 127, serverModel: 'dgx-h100', switchModel: 'qm9700' };
    const dialog = await openDialog(page);
    await dialog.getByLabel('Servers', { exact: true }).fill(String(params.servers));
    const ufm = dialog.getByRole('checkbox', { name: 'UFM appliances' });
    await expect(ufm).toBeChecked();

    const preview = expectedPreview(params);
    expect(preview.appliances).toBe(4);
    await expect.poll(async () => asNumber(await previewCell(dialog, 'UFM appliances').innerText()), { message: 'UFM appliances', timeout: 30_000 }).toBe(preview.appliances);
    await expect(previewCell(dialog, 'Transceiver modules')).toHaveText(preview.modules.toLocaleString('en-US'));
    await expect(dialog.getByLabel('UFM', { exact: true })).toHaveText(preview.ufm ?? '');

    // unticked: no appliance row, and the modules of the UFM links are gone
    await ufm.uncheck();
    const without = expectedPreview({ ...params, ufm: false });
    await expect(previewCell(dialog, 'UFM appliances')).toHaveCount(0, { timeout: 30_000 });
    await expect(previewCell(dialog, 'Transceiver modules')).toHaveText(without.modules.toLocaleString('en-US'));
    await ufm.check();
    await expect(previewCell(dialog, 'Transceiver modules')).toHaveText(preview.modules.toLocaleString('en-US'), { timeout: 30_000 });

    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    const { design, analysis } = expectedDesign(params);
    await expect(app.designName).toHaveText(design.name);
    const totals: Record<string, number> = {
      Servers: analysis.summary.servers,
      Appliances: analysis.summary.appliances,
      Switches: analysis.summary.switches,
      Links: analysis.summary.links,
    };
    for (const [label, value] of Object.entries(totals)) expect.soft(await app.total(label), label).toBe(value);
    const appliance = analysis.bom.devices.find((d) => d.role === 'appliance');
    expect(appliance?.count).toBe(4);
    await expect(app.bomTable('Devices').getByRole('row').filter({ hasText: appliance!.name }).filter({ hasText: 'appliance' })).toContainText('4');
    const ufmModule = analysis.bom.modules.find((m) => m.part.includes('980-9I51S-00NS00'));
    await expect(app.bomTable('Transceiver modules').getByRole('row').filter({ hasText: ufmModule!.part })).toContainText(String(ufmModule!.count));
  });

  test('the storage fabric: ticked, the preview counts its switches and links, and Create adds them on BOM lines of their own', async ({ page }) => {
    // generating, previewing and creating a whole fabric is heavy on a loaded machine
    test.slow();
    const params: FabricParams = { template: 'rail-optimized', servers: 127, serverModel: 'dgx-h100', switchModel: 'qm9700', storage: true };
    const dialog = await openDialog(page);
    await dialog.getByLabel('Servers', { exact: true }).fill(String(params.servers));
    const storage = dialog.getByRole('checkbox', { name: 'Storage fabric' });
    await expect(storage).not.toBeChecked();
    await expect(dialog.getByLabel('Storage array ports')).toHaveCount(0);
    await storage.check();
    await expect(dialog.getByLabel('Storage array ports')).toHaveValue('48');

    const preview = expectedPreview(params);
    // RA-11333-001 Tables 7 and 8: 16 storage QM9700, 494 storage cables
    expect(preview.storageCounts).toEqual({ leaves: 10, spines: 6, links: 494, arrayPorts: 48 });
    const rows: Record<string, number> = { 'Storage leaves': 10, 'Storage spines': 6, 'Storage links': 494, 'Transceiver modules': preview.modules };
    for (const [label, value] of Object.entries(rows)) {
      await expect.poll(async () => asNumber(await previewCell(dialog, label).innerText()), { message: label, timeout: 30_000 }).toBe(value);
    }
    await expect(dialog.getByLabel('Storage fabric', { exact: true }).and(dialog.locator('p'))).toHaveText(preview.storage ?? '');

    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    const { design, analysis } = expectedDesign(params);
    await expect(app.designName).toHaveText(design.name);
    expect(analysis.findings).toEqual([]);
    expect.soft(await app.total('Switches'), 'Switches').toBe(48 + 16);
    expect.soft(await app.total('Links'), 'Links').toBe(analysis.summary.links);
    const storageRows = app.bomTable('Devices').getByRole('row').filter({ hasText: DEVICE_MODELS.qm9700.name }).filter({ hasText: 'storage' });
    await expect(storageRows).toHaveCount(2);
    // the count cell, exactly (the other cells are names, roles and watts)
    const cells = async (role: string) => (await storageRows.filter({ hasText: role }).getByRole('cell').allInnerTexts()).map((t) => t.trim());
    expect(await cells('spine')).toContain('6');
    expect(await cells('leaf')).toContain('10');
    await expect(app.node('Switch', 'Storage spines')).toHaveCount(1);
  });

  test('a Spectrum-X twin-plane B300 fabric: planes from the dialog, cables counted in 800G units', async ({ page }) => {
    // generating, previewing and creating a whole fabric is heavy on a loaded machine
    test.slow();
    const params: FabricParams = { template: 'rail-optimized', servers: 64, serverModel: 'dgx-b300', switchModel: 'sn5600', planes: 2 };
    const dialog = await openDialog(page);
    await dialog.getByLabel('Server model').selectOption({ label: DEVICE_MODELS['dgx-b300'].name });
    await dialog.getByLabel('Switch model').selectOption({ label: DEVICE_MODELS.sn5600.name });
    await dialog.getByLabel('Servers', { exact: true }).fill(String(params.servers));
    await dialog.getByLabel('Planes').fill('2');

    const { counts } = expectedPreview(params);
    const rows: Record<string, number> = {
      Planes: counts.planes,
      Leaves: counts.leaves,
      Spines: counts.spines,
      'Server–leaf links': counts.links.serverLeaf,
      'Server–leaf cables': counts.cableUnits.serverLeaf,
      'Leaf–spine cables': counts.cableUnits.leafSpine,
    };
    for (const [label, value] of Object.entries(rows)) {
      await expect.poll(async () => asNumber(await previewCell(dialog, label).innerText()), { message: label, timeout: 30_000 }).toBe(value);
    }
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    const { design, analysis } = expectedDesign(params);
    await expect(app.designName).toHaveText(design.name);
    const devices = app.bomTable('Devices');
    // the BOM counts each plane's switches on a line of its own
    expect(analysis.bom.devices.filter((d) => d.plane !== undefined)).toHaveLength(4);
    for (const line of analysis.bom.devices) {
      await expect(devices.getByRole('row').filter({ hasText: deviceLineName(line) }).filter({ hasText: line.role })).toContainText(line.count.toLocaleString('en-US'));
    }
  });

  test('an NVL72 rack type brings its trays: racks, NVLink switch trays and GPUs counted per rack', async ({ page }) => {
    // generating, previewing and creating a whole fabric is heavy on a loaded machine
    test.slow();
    const params: FabricParams = { template: 'rail-optimized', servers: 576, serverModel: 'gb300-tray', switchModel: 'q3400', rackType: 'gb300-nvl72' };
    const dialog = await openDialog(page);
    await dialog.getByLabel('Rack type').selectOption({ label: 'NVIDIA GB300 NVL72' });
    await expect(dialog.getByLabel('Server model')).toHaveValue('gb300-tray');
    await expect(dialog.getByLabel('Servers per rack')).toHaveValue('18');
    await dialog.getByLabel('Switch model').selectOption({ label: DEVICE_MODELS.q3400.name });
    await dialog.getByLabel('Servers', { exact: true }).fill(String(params.servers));

    const { counts } = expectedPreview(params);
    const rows: Record<string, number> = {
      'Compute trays': counts.servers,
      GPUs: counts.gpus,
      'NVL72 racks': counts.gpuRacks,
      'NVLink switch trays': counts.nvlinkSwitchTrays,
      'Scalable units': counts.sus,
    };
    for (const [label, value] of Object.entries(rows)) {
      await expect.poll(async () => asNumber(await previewCell(dialog, label).innerText()), { message: label, timeout: 30_000 }).toBe(value);
    }
    await dialog.getByLabel('Servers', { exact: true }).fill('100');
    await expect(dialog.getByLabel('Servers', { exact: true })).toHaveAccessibleDescription(/whole gb300-nvl72 racks of 18/);
    await expect(dialog.getByRole('button', { name: 'Create' })).toBeDisabled();
  });

  test('between buildings on OSFP switches the preview says what reaches, and the campus optic is a choice', async ({ page }) => {
    test.slow();
    const params: FabricParams = { template: 'rail-optimized', servers: 576, serverModel: 'dgx-b300', switchModel: 'q3400', tiers: 3, buildings: 2, buildingDistanceM: 1500 };
    const problem = previewFabric(params);
    expect(problem.ok).toBe(false);
    const dialog = await openDialog(page);
    await dialog.getByLabel('Server model').selectOption({ label: DEVICE_MODELS['dgx-b300'].name });
    await dialog.getByLabel('Switch model').selectOption({ label: DEVICE_MODELS.q3400.name });
    await dialog.getByLabel('Servers', { exact: true }).fill(String(params.servers));
    await dialog.getByRole('radio', { name: '3 tiers' }).check();
    await dialog.getByLabel('Buildings').fill('2');
    await dialog.getByLabel('Building distance').fill('1500');
    await expect(dialog.getByRole('list', { name: 'Problems' })).toContainText(problem.ok ? '' : problem.problems[0]!, { timeout: 30_000 });
    await expect(dialog.getByRole('list', { name: 'Problems' })).toContainText('Choose the campus optic');
    const campusOptic = dialog.getByLabel('Campus optic');
    await expect(campusOptic.getByRole('option', { name: 'Automatic' })).toHaveCount(1);
    await campusOptic.selectOption('800g-dr4');
    await expect(campusOptic).toHaveValue('800g-dr4');
  });

  test('a two-building fabric is built in the worker and opens fitted to the view, with the engine’s totals', async ({ page }) => {
    test.slow();
    const params: FabricParams = { template: 'rail-optimized', servers: 512, serverModel: 'dgx-h100', switchModel: 'qm9700', tiers: 3, buildings: 2 };
    const dialog = await openDialog(page);
    await dialog.getByLabel('Servers', { exact: true }).fill(String(params.servers));
    await dialog.getByRole('radio', { name: '3 tiers' }).check();
    await dialog.getByLabel('Buildings').fill('2');
    const preview = expectedPreview(params);
    await expect.poll(async () => asNumber(await previewCell(dialog, 'Cores').innerText()), { message: 'Cores', timeout: 30_000 }).toBe(preview.counts.cores);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden({ timeout: 30_000 });

    const { design, analysis } = expectedDesign(params);
    await expect(app.designName).toHaveText(design.name);
    expect((await posted()).perScript.generate).toBe(1);
    await expect.poll(() => app.total('Links')).toBe(analysis.summary.links);
    const totals: Record<string, number> = { GPUs: analysis.summary.gpus, Switches: analysis.summary.switches, 'Fiber pairs': analysis.bom.fiber.pairs };
    for (const [label, value] of Object.entries(totals)) expect.soft(await app.total(label), label).toBe(value);
    // fitted: both buildings on screen, together spanning the canvas's width or height
    const buildings = design.nodes.filter((n) => n.kind === 'building').map((b) => app.node('Building', b.name));
    expect(buildings).toHaveLength(2);
    await expect.poll(() => fitIn(app.canvas, buildings), { timeout: 15_000 }).toEqual({ inside: true, spans: true });
  });

  test('closing the dialog while the fabric is being generated leaves the open design as it was', async ({ page }) => {
    // the worker's script is held back, so the dialog is surely still generating when it is closed
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const workerScript = /generate\.worker[-.][\w-]*\.js$/;
    let requested = false;
    await page.route(workerScript, async (route) => {
      requested = true;
      await held;
      await route.continue().catch(() => {});
    });
    const before = await app.designName.innerText();
    let dialog = await openDialog(page);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => requested).toBe(true);
    await expect(dialog.getByRole('status').filter({ hasText: 'Generating the fabric…' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Create' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    release();
    await page.unroute(workerScript);
    await expect(app.designName).toHaveText(before);

    // created again: one design opens, in one undo step (the cancelled job added none)
    dialog = await openDialog(page);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden({ timeout: 30_000 });
    await expect(app.designName).not.toHaveText(before);
    expect((await posted()).perScript.generate).toBe(2);
    await page.getByRole('button', { name: /^Undo/ }).click();
    await expect(app.designName).toHaveText(before);
  });

  test('replaces the open design in one step that undo takes back', async ({ page }) => {
    const before = await app.designName.innerText();
    const dialog = await openDialog(page);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(app.designName).not.toHaveText(before);
    await page.getByRole('button', { name: /^Undo/ }).click();
    await expect(app.designName).toHaveText(before);
  });

  test('shows a message under a field that cannot be read and keeps Create disabled', async ({ page }) => {
    const dialog = await openDialog(page);
    const servers = dialog.getByLabel('Servers', { exact: true });
    await servers.fill('0');
    await expect(servers).toHaveAttribute('aria-invalid', 'true');
    await expect(servers).toHaveAccessibleDescription(/at least 1/);
    await expect(dialog.getByRole('button', { name: 'Create' })).toBeDisabled();
    await servers.fill('128');
    await expect(dialog.getByRole('button', { name: 'Create' })).toBeEnabled();
  });

  test('DGX H100 on a Tomahawk 6 switch: the preview names the lane-rate mismatch, not a lack of switches, and Create stays disabled', async ({ page }) => {
    const params: FabricParams = { template: 'rail-optimized', servers: 128, serverModel: 'dgx-h100', switchModel: 'generic-102t4-64x1600g' };
    const problem = previewFabric(params);
    expect(problem.ok).toBe(false);
    const dialog = await openDialog(page);
    await dialog.getByLabel('Servers', { exact: true }).fill(String(params.servers));
    await dialog.getByLabel('Switch model').selectOption({ label: DEVICE_MODELS['generic-102t4-64x1600g'].name });
    const problems = dialog.getByRole('list', { name: 'Problems' });
    await expect(problems).toContainText(problem.ok ? '' : problem.problems[0]!, { timeout: 30_000 });
    await expect(problems).toContainText('Lane rates do not match');
    await expect(dialog.getByRole('button', { name: 'Create' })).toBeDisabled();
  });

  test('explains why parameters cannot be sized, and Escape leaves the open design alone', async ({ page }) => {
    const before = await app.designName.innerText();
    const dialog = await openDialog(page);
    const tooBig: FabricParams = { ...SUPERPOD, servers: 512 };
    const problem = previewFabric(tooBig);
    expect(problem.ok).toBe(false);
    await dialog.getByLabel('Servers', { exact: true }).fill(String(tooBig.servers));
    await dialog.getByRole('radio', { name: '2 tiers' }).check();
    await expect(dialog.getByRole('list', { name: 'Problems' })).toContainText(problem.ok ? '' : problem.problems[0]!);
    await expect(dialog.getByRole('button', { name: 'Create' })).toBeDisabled();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(app.designName).toHaveText(before);
  });
});
