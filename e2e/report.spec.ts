import { expect, test } from '@playwright/test';
import { aboutText } from '../src/domain/engine/findingAbout.ts';
import { placePairCapacity } from '../src/domain/report/placePairCapacity.ts';
import { formatCapacity } from '../src/report/formatCapacity.ts';
import { formatCount, formatLength } from '../src/ui/format.ts';
import { engineFacts } from './engineFacts.ts';
import { pdfText, squash } from './fixtures/pdfText.ts';
import { DesignPage } from './pages/DesignPage.ts';

const facts = engineFacts('faults');

test.describe('the printed report', () => {
  test.beforeEach(async ({ page }) => {
    await new DesignPage(page).open('faults');
  });

  test('prints only the report: title block, summary, overview and sections, no app chrome', async ({ page }) => {
    await page.getByRole('button', { name: 'Print report' }).click();
    const report = page.getByRole('article', { name: 'Report' });
    await expect(report.getByRole('heading', { level: 1 })).toHaveText(facts.design.name);
    await expect(report).toContainText(/Date \d{4}-\d{2}-\d{2} · File format version 1/);
    await expect(report.getByRole('img', { name: /^Overview: \d+ buildings?, \d+ halls?$/ })).toBeVisible();
    for (const title of ['Summary', 'Totals', 'Bill of materials', 'Link schedule', 'Findings', 'Capacity between buildings and halls']) {
      await expect(report.getByRole('region', { name: title })).toBeVisible();
    }

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('application', { name: 'Fabric canvas' })).toBeHidden();
    await expect(page.getByRole('toolbar', { name: 'Report' })).toBeHidden();
    await expect(report).toBeVisible();
  });

  for (const example of ['faults', 'two-building-lr4']) {
    test(`prints ${example} to a PDF whose text has the name, module and fiber totals, plant, link schedule, findings and capacity between places`, async ({ page }) => {
      test.slow(); // a PDF of several pages, on a loaded machine
      const { design, analysis } = engineFacts(example);
      const { bom, summary, findings, bandwidth } = analysis;
      if (example !== 'faults') await new DesignPage(page).open(example);
      await page.getByRole('button', { name: 'Print report' }).click();
      await expect(page.getByRole('article', { name: 'Report' })).toBeVisible();
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.byteLength).toBeGreaterThan(20_000);
      const { pages, text } = await pdfText(pdf);
      expect(pages).toBeGreaterThanOrEqual(2);
      const printed = squash(text);
      const sum = (pick: (m: (typeof bom.modules)[number]) => number) => formatCount(bom.modules.reduce((s, m) => s + pick(m), 0));
      const names = new Map(design.nodes.map((n) => [n.id, n.name]));
      const pairs = placePairCapacity(design, analysis);
      const trunks = (p: (typeof pairs.halls)[number]) =>
        p.trunks.length
          ? `${p.trunks.map((t) => `${formatCount(t.count)} × ${formatCount(t.fibers)} f ${t.type === 'osp' ? 'OSP' : 'MPO'} ${t.fiber}`).join(', ')} ${formatCount(p.usedFibers)} / ${formatCount(p.provisionedFibers)}`
          : `via ${p.buildings![0]} ↔ ${p.buildings![1]} —`;
      const verdict = { ok: '✓ OK', warning: '⚠ Warning', error: '✕ Error' } as const;
      const expected = [
        design.name,
        `Transceiver modules ${sum((m) => m.count)}`,
        `All modules ${sum((m) => m.switchSide)} ${sum((m) => m.serverSide)} ${sum((m) => m.count)}`,
        ...bom.modules.map((m) => `${formatCount(m.switchSide)} ${formatCount(m.serverSide)} ${formatCount(m.count)}`),
        `Fiber strands ${formatCount(bom.fiber.strands)}`,
        `Fiber pairs ${formatCount(bom.fiber.pairs)}`,
        summary.errors || summary.warnings ? `The checks find ${summary.errors}` : 'The checks find no errors or warnings',
        ...findings.map((f) => `${aboutText(f.about)}: ${f.message}`),
        // capacity between buildings and between halls, with the trunks that carry it
        ...[...pairs.buildings, ...pairs.halls].map(
          (p) => `${p.between[0]} ↔ ${p.between[1]} ${p.linkGroups} ${formatCount(p.links)} ${formatCount(p.cables)} ${formatCapacity(p.capacityGbps)} ${trunks(p)} ${verdict[p.status]}`,
        ),
        // the plant sections and the link schedule
        ...bom.plant.trunks.map((t) => `${t.between[0]} ↔ ${t.between[1]} ${t.fiber} ${formatCount(t.fibers)} ${formatLength(t.lengthM)} ${formatCount(t.count)}`),
        ...bom.plant.panels.map((p) => `${p.at} ${p.connector.toUpperCase()} ${p.via} ${formatCount(p.ports)}`),
        `Splice closures ${formatCount(bom.plant.spliceClosures)}`,
        ...design.links.map((l) => {
          const v = analysis.linkById.get(l.id)!;
          const optic = analysis.catalog.optics[l.optic]!.name;
          const loss = v.fit?.lossDb == null ? '—' : `${v.fit.lossDb.toFixed(2)} dB`;
          return `${l.label ?? `${formatCount(l.count)} × ${optic}`} ${names.get(l.a)} ${names.get(l.b)} ${optic} ${formatCount(l.count)} ${formatLength(v.lengthM)} ${loss}`;
        }),
        `Page 1 of ${pages}`,
      ];
      for (const piece of expected) expect.soft(printed, piece).toContain(squash(piece));
      expect(example !== 'faults' || findings.length > 0).toBe(true);
      expect(example === 'faults' || bandwidth.buildings.length > 0).toBe(true);
      // the examples exercise both kinds of hall pair: joined by their own trunk, and by the buildings' outside plant
      expect(pairs.halls.map((p) => p.trunks.length > 0)).toEqual([example === 'faults']);
    });
  }

  test('Ctrl+P opens the report and prints it', async ({ page }) => {
    await page.evaluate(() => {
      (window as any).printed = 0;
      window.print = () => ((window as any).printed += 1);
    });
    await page.keyboard.press('Control+P');
    await expect(page.getByRole('article', { name: 'Report' })).toBeVisible();
    expect(await page.evaluate(() => (window as any).printed)).toBe(1);
    await page.getByRole('toolbar', { name: 'Report' }).getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('article', { name: 'Report' })).toBeHidden();
  });
});
