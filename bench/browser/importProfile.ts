/**
 * Where the time of opening a big design goes: a CPU profile of the page (production build, not
 * minified, so functions keep their names) from navigation to the settled canvas, summed per
 * function (self time) and per source file. `npx tsx bench/browser/importProfile.ts [16k|100k]`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { serializeDesign } from '../../src/domain/format/serializeDesign.ts';
import { generateFabric } from '../../src/domain/generator/generateFabric.ts';
import { serveApp } from './appServer.ts';
import { PROBE_SCRIPT, probe, type LoadFigures } from './pageProbe.ts';
import { BENCH_CASES, CHROMIUM_ARGS } from './benchCases.ts';
import { profileText, startProfile, stopProfile } from './cpuProfile.ts';

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
  const cdp = await page.context().newCDPSession(page);
  await startProfile(cdp);
  await page.goto(`${server.url}?design=examples/${chosen.name}.fabric.json`);
  await page.waitForFunction(`${probe.count} > 0 && ${probe.now} - ${probe.lastCountChangeAt} > 1000`, null, { timeout: 120_000, polling: 100 });
  const profile = await stopProfile(cdp);
  const load = await page.evaluate<LoadFigures>(probe.load);
  const tasks = await page.evaluate<number[]>('window.__bench.loafs.map((l) => Math.round(l.duration))');
  console.log(`# ${chosen.label}: first node ${load.firstNodeMs?.toFixed(0)} ms, settled ${load.settledMs?.toFixed(0)} ms, longest frame ${load.maxLongFrameMs.toFixed(0)} ms; mounted ${load.mountedNodes} nodes, ${load.mountedEdges} edges`);
  console.log(`long animation frames (ms): ${tasks.join(', ')}\n\n${profileText(profile, server.url)}`);
} finally {
  await browser.close();
  await server.close();
}
