/**
 * What the profile scripts share: the bench case named on the command line, generated and served
 * from a production build that is not minified (so functions keep their names), and a Chromium page
 * with the bench probe, closed when the run ends.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import type { Design } from '../../src/domain/model/design.ts';
import { serializeDesign } from '../../src/domain/format/serializeDesign.ts';
import { generateFabric } from '../../src/domain/generator/generateFabric.ts';
import { serveApp } from './appServer.ts';
import { BENCH_CASES, CHROMIUM_ARGS, type BenchCase } from './benchCases.ts';
import { PROBE_SCRIPT, probe } from './pageProbe.ts';

export interface ProfileSession {
  readonly page: Page;
  readonly chosen: BenchCase;
  readonly design: Design;
  readonly url: string;
  /** Opens the design and waits until the canvas has settled (no mount for a second). */
  readonly open: () => Promise<void>;
}

export async function withProfileSession(run: (session: ProfileSession) => Promise<void>): Promise<void> {
  const wanted = process.argv[2] ?? '100k';
  const chosen = BENCH_CASES.find((c) => c.name === `bench-${wanted}`);
  if (!chosen) throw new Error(`no bench case "${wanted}"; try ${BENCH_CASES.map((c) => c.name.replace('bench-', '')).join(', ')}`);
  const generated = generateFabric(chosen.params);
  if (!generated.ok) throw new Error(generated.problems.join('; '));

  const server = await serveApp(fileURLToPath(new URL('../results/profile-app/', import.meta.url)), { [chosen.name]: serializeDesign(generated.design) }, { minify: false });
  const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript({ content: PROBE_SCRIPT });
    const open = async () => {
      await page.goto(`${server.url}?design=examples/${chosen.name}.fabric.json`);
      await page.waitForFunction(`${probe.count} > 0 && ${probe.now} - ${probe.lastCountChangeAt} > 1000`, null, { timeout: 120_000, polling: 100 });
    };
    await run({ page, chosen, design: generated.design, url: server.url, open });
  } finally {
    await browser.close();
    await server.close();
  }
}
