import { expect, test } from '@playwright/test';
import { analyzeDesign } from '../src/domain/engine/analyzeDesign.ts';
import { updateLink } from '../src/domain/edit/designEdits.ts';
import type { Design } from '../src/domain/model/design.ts';
import { fixFor } from '../src/panels/inspector/findingFixes.ts';
import { breakdownRows, formatMetres } from '../src/panels/inspector/lengthBreakdown.ts';
import { formatDb } from '../src/panels/inspector/lossBudget.ts';
import { engineFacts } from './engineFacts.ts';
import { DesignPage } from './pages/DesignPage.ts';
import { InspectorPanel } from './pages/InspectorPanel.ts';

const faults = engineFacts('faults');
const TOO_FAR = 'dr4-too-far';
const reach = faults.analysis.findings.find((f) => f.code === 'reach-exceeded' && f.linkId === TOO_FAR)!;
const verdict = faults.analysis.linkById.get(TOO_FAR)!;
const nameOf = (id: string) => faults.design.nodes.find((n) => n.id === id)!.name;
const link = faults.design.links.find((l) => l.id === TOO_FAR)!;

/** What the engine says once a link group is patched, as the side panel should show it. */
function after(design: Design, linkId: string, patch: Parameters<typeof updateLink>[2]) {
  const fixed = updateLink(design, linkId, patch);
  const analysis = analyzeDesign(fixed);
  return { analysis, modules: analysis.bom.modules.reduce((s, m) => s + m.count, 0) };
}

test.describe('the inspector', () => {
  let app: DesignPage;
  let inspector: InspectorPanel;

  test.beforeEach(async ({ page }) => {
    app = new DesignPage(page);
    inspector = new InspectorPanel(page);
    await app.open('faults');
  });

  test('explains a DR4 run that is too long and fixes it in one click', async () => {
    await app.findings.filter({ hasText: reach.message }).click();
    await expect(inspector.title).toHaveText(`${nameOf(link.a)} → ${nameOf(link.b)}`);

    // the length, term by term, adding up to the cable length
    const breakdown = inspector.table('Length breakdown');
    const rows = breakdownRows(verdict.terms, faults.design.settings.slackPercent);
    await expect(breakdown.getByRole('row')).toHaveCount(rows.length + 1);
    for (const row of rows) await expect(inspector.rowValue(breakdown, new RegExp(`${row.label.replace(/[()]/g, '\\$&')}$`))).toHaveText(formatMetres(row.lengthM));
    await expect(inspector.rowValue(breakdown, /Cable length/)).toHaveText(formatMetres(verdict.lengthM));

    // the loss budget against the optic's, and the reach
    const budget = inspector.table('Loss budget');
    await expect(inspector.rowValue(budget, /Channel loss/)).toHaveText(formatDb(verdict.fit!.lossDb!));
    await expect(inspector.rowValue(budget, /Budget of/)).toHaveText(formatDb(verdict.fit!.budgetDb!));
    await expect(inspector.rowValue(budget, /Margin/)).toContainText(formatDb(verdict.fit!.marginDb!));
    const optic = faults.analysis.catalog.optics[link.optic]!.name;
    await expect(inspector.region.getByText(`${formatMetres(verdict.lengthM)} of ${optic}’s ${formatMetres(verdict.fit!.reachM!)} reach`)).toBeVisible();

    // the one-click fix the engine proposes
    const fix = fixFor(reach, faults.design, faults.analysis, TOO_FAR)!;
    expect(fix.patch.optic).toBe('400g-fr4');
    const expected = after(faults.design, TOO_FAR, fix.patch);
    await inspector.region.getByRole('button', { name: fix.label }).click();

    await expect(app.findings.filter({ hasText: reach.message })).toHaveCount(0);
    await expect(app.findings).toHaveCount(expected.analysis.findings.length);
    await expect(inspector.select('Optic')).toHaveValue('400g-fr4');
    await expect.poll(() => app.total('Transceiver modules')).toBe(expected.modules);
    expect(await app.total('Module power')).toBe(expected.analysis.bom.powerW.modules);
    expect(await app.total('Fiber pairs')).toBe(expected.analysis.bom.fiber.pairs);
  });

  test('refuses a bad value with a message and leaves the design untouched', async () => {
    await app.findings.filter({ hasText: reach.message }).click();
    const count = inspector.field('Count');
    await inspector.enter(count, '0');
    await expect(count).toHaveAttribute('aria-invalid', 'true');
    await expect(count).toHaveAccessibleErrorMessage('Must be at least 1');
    await inspector.enter(count, '2.5');
    await expect(count).toHaveAccessibleErrorMessage('Must be a whole number');
    expect(await app.total('Links')).toBe(faults.totals.Links);

    // Escape returns to the stored value; a good value is applied and the totals follow
    await count.press('Escape');
    await expect(count).toHaveValue(String(link.count));
    await inspector.enter(count, '8');
    await expect.poll(() => app.total('Links')).toBe(faults.totals.Links! - link.count + 8);
  });

  test('sets a count the exhausted switch can take, from its link group', async () => {
    const ports = faults.analysis.findings.find((f) => f.code === 'ports-exhausted')!;
    await app.findings.filter({ hasText: ports.message }).click();
    await expect(inspector.title).toHaveText(nameOf(ports.nodeId));
    const exhaust = faults.design.links.find((l) => l.id === 'exhaust')!;
    const far = nameOf(exhaust.b).replace(/[()]/g, '\\$&');
    await inspector.region.getByRole('button', { name: new RegExp(`^(OK|Warning|Error) ${exhaust.count} × .* to ${far}$`) }).click();
    const fix = fixFor(ports, faults.design, faults.analysis, exhaust.id)!;
    await inspector.region.getByRole('button', { name: fix.label }).click();
    await expect(inspector.field('Count')).toHaveValue(String(fix.patch.count));
    await expect(app.findings.filter({ hasText: ports.message })).toHaveCount(0);
  });

  test('a switch lists the findings about its link groups under the group\'s name and ends', async () => {
    const cage = faults.analysis.findings.find((f) => f.code === 'form-factor-mismatch')!;
    const group = faults.design.links.find((l) => l.id === cage.linkId)!;
    await app.node('Switch', nameOf(cage.nodeId)).click();
    await expect(inspector.title).toHaveText(nameOf(cage.nodeId));
    await expect(inspector.region.getByRole('listitem').filter({ hasText: cage.message })).toContainText(
      `${group.label} (${nameOf(group.a)} → ${nameOf(group.b)}): ${cage.message}`,
    );
  });

  test('a newly inspected item starts at its top, after the panel was scrolled down', async ({ page }) => {
    const [first, second] = faults.design.nodes.filter((n) => n.kind === 'switch');
    await app.node('Switch', first!.name).click();
    await expect(inspector.title).toHaveText(first!.name);
    const scrolled = () => inspector.region.evaluate((el) => el.parentElement!.scrollTop);
    const box = (await inspector.region.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    await page.mouse.wheel(0, 600);
    await expect.poll(scrolled).toBeGreaterThan(0);
    await app.node('Switch', second!.name).click();
    await expect(inspector.title).toHaveText(second!.name);
    await expect.poll(scrolled).toBe(0);
  });

  test('edits the design settings when nothing is selected', async () => {
    await expect(inspector.title).toHaveText('Design settings');
    await inspector.enter(inspector.field('Name'), 'Campus under review');
    await expect(app.designName).toHaveText('Campus under review');

    const slack = inspector.field('Slack');
    await inspector.enter(slack, '150');
    await expect(slack).toHaveAccessibleErrorMessage('Must be at most 100');

    // more attenuation on OS2 turns the DR4 run's low margin into more loss, as the engine says
    const os2 = inspector.groupField('Attenuation (dB/km)', 'OS2');
    await inspector.enter(os2, '1.5');
    const settings = { ...faults.design.settings, attenuationDbPerKm: { ...faults.design.settings.attenuationDbPerKm, OS2: 1.5 } };
    const expected = analyzeDesign({ ...faults.design, settings });
    await expect(app.findings).toHaveCount(expected.findings.length);
    for (const f of expected.findings) await expect(app.findings.filter({ hasText: f.message })).toHaveCount(1);
  });
});
