import { expect, test } from '@playwright/test';
import { formatDbRange, formatDbValue, RX_STATUS_TEXT } from '../src/ui/formatDb.ts';
import { engineFacts } from './engineFacts.ts';
import { DesignPage } from './pages/DesignPage.ts';
import { InspectorPanel } from './pages/InspectorPanel.ts';

const { design, analysis } = engineFacts('two-building-lr4');
const TRUNK = 'a-to-b';
const trunk = design.links.find((l) => l.id === TRUNK)!;
const [window] = analysis.linkById.get(TRUNK)!.commissioning;
const nameOf = (id: string) => design.nodes.find((n) => n.id === id)!.name;

test.describe('the commissioning sheet', () => {
  test.beforeEach(async ({ page }) => {
    await new DesignPage(page).open('two-building-lr4');
  });

  test('the printed report has one row per link group with the engine\'s expected Rx and blank measured columns', async ({ page }) => {
    expect(window).toBeDefined();
    await page.getByRole('button', { name: 'Print report' }).click();
    const sheet = page.getByRole('article', { name: 'Report' }).getByRole('region', { name: 'Commissioning sheet' }).getByRole('table', { name: 'Commissioning sheet' });
    await expect(sheet).toBeVisible({ timeout: 15_000 });
    await expect(sheet.getByRole('row')).toHaveCount(1 + analysis.links.filter((v) => v.commissioning.length > 0).length);
    const headers = await sheet.getByRole('columnheader').allInnerTexts();
    expect(headers.slice(-2)).toEqual(['Measured Rx A', 'Measured Rx B']);
    const row = sheet.getByRole('row').filter({ has: page.getByRole('cell', { name: `${trunk.count} × 400G-LR4-10 (${nameOf(trunk.a)} → ${nameOf(trunk.b)})`, exact: true }) });
    const cells = await row.getByRole('cell').allInnerTexts();
    expect(cells.slice(1, 9)).toEqual([
      '400G-LR4-10',
      formatDbRange(window!.txMinDbm, window!.txMaxDbm),
      formatDbRange(window!.lossMinDb, window!.lossMaxDb),
      formatDbRange(window!.rxMinDbm, window!.rxMaxDbm),
      formatDbRange(window!.sensitivityDbm, window!.overloadDbm, ' / '),
      formatDbValue(window!.marginDb),
      `${formatDbRange(window!.dom!.rxLowWarnDbm, window!.dom!.rxHighWarnDbm, ' / ')} (derived)`,
      RX_STATUS_TEXT[window!.status],
    ]);
    expect(cells.slice(-2).map((c) => c.trim())).toEqual(['', '']);
  });

  test('the link-group inspector shows the same window', async ({ page }) => {
    const app = new DesignPage(page);
    const inspector = new InspectorPanel(page);
    // the edge's label sits over its middle; a click on the edge itself is what selects it
    await app.linkGroup(nameOf(trunk.a), nameOf(trunk.b)).dispatchEvent('click');
    await expect(inspector.title).toHaveText(`${nameOf(trunk.a)} → ${nameOf(trunk.b)}`);
    const table = inspector.region.getByRole('table', { name: 'Commissioning' });
    await expect(inspector.rowValue(table, 'Expected Rx')).toHaveText(`${formatDbRange(window!.rxMinDbm, window!.rxMaxDbm)} dBm`);
    await expect(inspector.rowValue(table, 'Loss window')).toHaveText(`${formatDbRange(window!.lossMinDb, window!.lossMaxDb)} dB`);
    await expect(inspector.rowValue(table, 'Sensitivity')).toHaveText(`${formatDbValue(window!.sensitivityDbm)} dBm`);
    await expect(inspector.rowValue(table, 'Overload')).toHaveText('not published');
  });
});
