/**
 * Where an edit's time goes: opens a generated design (production build, not minified), then
 * records a CPU profile of the bench's edits (a link group's count, delete a switch group, undo,
 * redo) and prints each main-thread task with the functions and React components it spent its
 * time in. `npx tsx bench/browser/editProfile.ts [16k|100k]`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { serializeDesign } from '../../src/domain/format/serializeDesign.ts';
import { generateFabric } from '../../src/domain/generator/generateFabric.ts';
import { serveApp } from './appServer.ts';
import { BENCH_CASES, CHROMIUM_ARGS } from './benchCases.ts';
import { profileText, startProfile, stopProfile } from './cpuProfile.ts';
import { edit } from './gestures.ts';
import { PROBE_SCRIPT, probe } from './pageProbe.ts';

const wanted = process.argv[2] ?? '100k';
const chosen = BENCH_CASES.find((c) => c.name === `bench-${wanted}`);
if (!chosen) throw new Error(`no bench case "${wanted}"; try ${BENCH_CASES.map((c) => c.name.replace('bench-', '')).join(', ')}`);
const generated = generateFabric(chosen.params);
if (!generated.ok) throw new Error(generated.problems.join('; '));
const spine = generated.design.nodes.find((n) => n.kind === 'switch' && n.role === 'spine') ?? generated.design.nodes.find((n) => n.kind === 'switch');
if (!spine) throw new Error('no switch to delete');

const server = await serveApp(fileURLToPath(new URL('../results/profile-app/', import.meta.url)), { [chosen.name]: serializeDesign(generated.design) }, { minify: false });
const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript({ content: PROBE_SCRIPT });
  await page.goto(`${server.url}?design=examples/${chosen.name}.fabric.json`);
  await page.waitForFunction(`${probe.count} > 0 && ${probe.now} - ${probe.lastCountChangeAt} > 1000`, null, { timeout: 120_000, polling: 100 });
  const cdp = await page.context().newCDPSession(page);
  await startProfile(cdp);
  const run = await edit(page, spine.name);
  const profile = await stopProfile(cdp);
  console.log(`# ${chosen.label}: link count ${run.countMs.toFixed(0)} ms, delete ${run.deleteMs.toFixed(0)} ms, undo ${run.undoMs.toFixed(0)} ms, redo ${run.redoMs.toFixed(0)} ms (key to frame, profiler on)\n`);
  console.log(profileText(profile, server.url, 15));
} finally {
  await browser.close();
  await server.close();
}
