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

const wanted = process.argv[2] ?? '100k';
const chosen = BENCH_CASES.find((c) => c.name === `bench-${wanted}`);
if (!chosen) throw new Error(`no bench case "${wanted}"; try ${BENCH_CASES.map((c) => c.name.replace('bench-', '')).join(', ')}`);
const generated = generateFabric(chosen.params);
if (!generated.ok) throw new Error(generated.problems.join('; '));

interface ProfileNode {
  readonly id: number;
  readonly children?: readonly number[];
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const server = await serveApp(fileURLToPath(new URL('../results/profile-app/', import.meta.url)), { [chosen.name]: serializeDesign(generated.design) }, { minify: false });
const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript({ content: PROBE_SCRIPT });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`${server.url}?design=examples/${chosen.name}.fabric.json`);
  await page.waitForFunction(`${probe.count} > 0 && ${probe.now} - ${probe.lastCountChangeAt} > 1000`, null, { timeout: 120_000, polling: 100 });
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const load = await page.evaluate<LoadFigures>(probe.load);
  const tasks = await page.evaluate<number[]>('window.__bench.loafs.map((l) => Math.round(l.duration))');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<string, number>();
  const fileMs = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const file = frame.url.replace(server.url, '').replace(/\?.*$/, '') || `(${frame.functionName || 'native'})`;
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    selfMs.set(key, (selfMs.get(key) ?? 0) + ms);
    fileMs.set(file, (fileMs.get(file) ?? 0) + ms);
  });
  // the main thread's tasks: runs of samples not idle, and what each spent its time in (inclusive)
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const idle = (id: number) => ['(idle)', '(program)', '(garbage collector)'].includes(byId.get(id)!.callFrame.functionName);
  const bursts: { ms: number; inclusive: Map<string, number> }[] = [];
  let burst: (typeof bursts)[number] | null = null;
  let idleRun = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (idle(id)) {
      idleRun += ms;
      if (burst && idleRun > 1) burst = null;
      return;
    }
    idleRun = 0;
    if (!burst) bursts.push((burst = { ms: 0, inclusive: new Map() }));
    burst.ms += ms;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)!.callFrame.functionName;
      if (!name || seen.has(name)) continue;
      seen.add(name);
      burst.inclusive.set(name, (burst.inclusive.get(name) ?? 0) + ms);
    }
  });
  const tasksText = bursts
    .filter((b) => b.ms > 40)
    .map((b) => `${b.ms.toFixed(0).padStart(5)} ms: ${[...b.inclusive].filter(([n]) => n !== '(root)').sort((x, y) => y[1] - x[1]).slice(0, 14).map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(', ')}`)
    .join('\n');
  const top = (m: Map<string, number>, n: number) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, ms]) => `${ms.toFixed(0).padStart(6)} ms  ${k}`).join('\n');
  console.log(`# ${chosen.label}: first node ${load.firstNodeMs?.toFixed(0)} ms, settled ${load.settledMs?.toFixed(0)} ms, longest frame ${load.maxLongFrameMs.toFixed(0)} ms; mounted ${load.mountedNodes} nodes, ${load.mountedEdges} edges`);
  console.log(`long animation frames (ms): ${tasks.join(', ')}\n\n## tasks over 40 ms, with the functions they spent it in (inclusive ms)\n${tasksText}\n\n## self time by function\n${top(selfMs, 30)}\n\n## self time by file\n${top(fileMs, 15)}`);
} finally {
  await browser.close();
  await server.close();
}
