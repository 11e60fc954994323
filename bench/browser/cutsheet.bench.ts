/**
 * The 16k-GPU cable schedule in the browser: the production build in the system Chromium, from a
 * click on "Download cable schedule CSV" to the download, and the longest gap between animation
 * frames meanwhile (the page must not freeze: the schedule runs in a worker). Medians of the runs.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { serializeDesign } from '../../src/domain/format/serializeDesign.ts';
import { generateFabric } from '../../src/domain/generator/generateFabric.ts';
import { serveApp } from './appServer.ts';
import { spread } from './stats.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const generated = generateFabric({ template: 'rail-optimized', servers: 2048, serverModel: 'dgx-h100', switchModel: 'qm9700', tiers: 3 });
if (!generated.ok) throw new Error(generated.problems.join('; '));

const server = await serveApp(fileURLToPath(new URL('../results/cutsheet-app/', import.meta.url)), { 'bench-cutsheet-16k': serializeDesign(generated.design) });
const browser = await chromium.launch({
  executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-timer-throttling', '--disable-renderer-backgrounding'],
});
const runs: { ms: number; gapMs: number; bytes: number }[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    // `?example=` opens only the shipped examples; a bundled file opens by its address
    await page.goto(`${server.url}?design=examples/bench-cutsheet-16k.fabric.json`);
    await page.getByRole('complementary', { name: 'Design summary' }).getByRole('heading', { name: generated.design.name }).waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Bill of materials' }).click();
    await page.evaluate(`(() => {
      window.__gap = 0; let last = performance.now();
      const tick = (t) => { window.__gap = Math.max(window.__gap, t - last); last = t; requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
    const download = page.waitForEvent('download', { timeout: 120_000 });
    const start = performance.now();
    await page.getByRole('button', { name: 'Download cable schedule CSV' }).click();
    const file = await download;
    const ms = performance.now() - start;
    const bytes = (await (await file.createReadStream()).toArray()).reduce((n: number, chunk: Buffer) => n + chunk.length, 0);
    runs.push({ ms, gapMs: (await page.evaluate('window.__gap')) as number, bytes });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const time = spread(runs.map((r) => r.ms));
const gap = spread(runs.map((r) => r.gapMs));
console.log(`## Cable schedule in the browser, ~16k GPUs (${runs[0]?.bytes.toLocaleString('en-US')} bytes of CSV)`);
console.log(`click to download   ${time.median.toFixed(0)} ms  (min ${time.min.toFixed(0)}, max ${time.max.toFixed(0)}, ${RUNS} runs)`);
console.log(`longest frame gap   ${gap.median.toFixed(0)} ms  (the page keeps drawing while the worker runs)`);
