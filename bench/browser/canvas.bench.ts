/**
 * `npm run bench`, browser half: the production build in the system Chromium, on generated designs
 * of about 1k, 16k and 100k GPUs. Per run (a fresh browser context each): load to first canvas, mounted
 * elements, fps and long animation frames while panning and zooming, drag latency, and a keystroke's
 * edit (a link group's count, delete a switch group, undo, redo) to the frame that shows it; once
 * per design, the heap 200 undo steps hold. Prints medians of the runs and writes
 * bench/results/browser.json. BENCH_RUNS sets the run count (default 5), BENCH_CASES which designs
 * (e.g. "16k,100k"); CHROMIUM_PATH another browser.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { serializeDesign } from '../../src/domain/format/serializeDesign.ts';
import { generateFabric } from '../../src/domain/generator/generateFabric.ts';
import { serveApp } from './appServer.ts';
import { BENCH_CASES, CHROMIUM_ARGS } from './benchCases.ts';
import { drag, edit, pan, undoHistoryBytes, zoom, type DragRun, type EditRun } from './gestures.ts';
import { PROBE_SCRIPT, probe, type FrameWindow, type LoadFigures } from './pageProbe.ts';
import { percentile, spread, type Spread } from './stats.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const RESULTS = fileURLToPath(new URL('../results/', import.meta.url));
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

interface Run {
  readonly load: LoadFigures;
  readonly pan: FrameWindow;
  readonly zoom: FrameWindow;
  readonly drag: DragRun | null;
  readonly edit: EditRun;
}

/** A fresh browser context on the design's address, once its canvas has settled (no element count change for a second). */
async function openSettled(browser: Browser, url: string, designName: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ content: PROBE_SCRIPT });
  await page.goto(url);
  await page.waitForFunction(`${probe.count} > 0 && ${probe.now} - ${probe.lastCountChangeAt} > 1000`, null, { timeout: 120_000, polling: 100 });
  const opened = await page.getByRole('complementary', { name: 'Design summary' }).getByRole('heading', { level: 1 }).innerText();
  if (opened !== designName) {
    await context.close();
    throw new Error(`the app opened "${opened}", not the generated "${designName}"`);
  }
  return { context, page };
}

async function measureRun(browser: Browser, url: string, designName: string, switchName: string): Promise<Run> {
  const { context, page } = await openSettled(browser, url, designName);
  try {
    const load = await page.evaluate<LoadFigures>(probe.load);
    // pan and zoom on the fitted view the design opens in (zoom ends about where it began); the drag zooms in
    const panned = await pan(page);
    const zoomed = await zoom(page);
    const dragged = await drag(page);
    return { load, pan: panned, zoom: zoomed, drag: dragged, edit: await edit(page, switchName) };
  } finally {
    await context.close();
  }
}

async function measureUndoHistory(browser: Browser, url: string, designName: string, switchName: string): Promise<number> {
  const { context, page } = await openSettled(browser, url, designName);
  try {
    return await undoHistoryBytes(page, switchName);
  } finally {
    await context.close();
  }
}

function summarize(runs: readonly Run[]) {
  const of = (pick: (r: Run) => number): Spread => spread(runs.map(pick));
  const gesture = (pick: (r: Run) => FrameWindow) => ({
    fps: of((r) => pick(r).fps),
    maxFrameGapMs: of((r) => pick(r).maxFrameGapMs),
    longFrames: of((r) => pick(r).longFrames),
    maxLongFrameMs: of((r) => pick(r).maxLongFrameMs),
  });
  const drags = runs.flatMap((r) => (r.drag ? [r.drag] : []));
  const verdicts = drags.flatMap((d) => (d.dropToVerdictMs === null ? [] : [d.dropToVerdictMs]));
  return {
    mounted: { nodes: runs[0]!.load.mountedNodes, edges: runs[0]!.load.mountedEdges },
    load: { firstNodeMs: of((r) => r.load.firstNodeMs), settledMs: of((r) => r.load.settledMs), maxLongFrameMs: of((r) => r.load.maxLongFrameMs) },
    edit: { countMs: of((r) => r.edit.countMs), deleteMs: of((r) => r.edit.deleteMs), undoMs: of((r) => r.edit.undoMs), redoMs: of((r) => r.edit.redoMs) },
    pan: gesture((r) => r.pan),
    zoom: gesture((r) => r.zoom),
    drag: drags.length
      ? {
          moveToFrameP50Ms: spread(drags.map((d) => percentile(d.moveToFrameMs, 0.5))),
          moveToFrameP95Ms: spread(drags.map((d) => percentile(d.moveToFrameMs, 0.95))),
          longFrames: spread(drags.map((d) => d.during.longFrames)),
          maxLongFrameMs: spread(drags.map((d) => d.during.maxLongFrameMs)),
          dropMaxLongFrameMs: spread(drags.map((d) => d.afterDrop.maxLongFrameMs)),
          dropToVerdictMs: verdicts.length ? spread(verdicts) : 'no verdict or total changed on drop',
        }
      : 'not measurable yet: the canvas has no draggable nodes',
  };
}

const f1 = (s: Spread) => `${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
const f0 = (s: Spread) => `${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;

function report(label: string, design: { nodes: number; links: number }, s: ReturnType<typeof summarize>, undoBytes: number): string {
  const gesture = (name: string, g: ReturnType<typeof summarize>['pan']) =>
    `${name.padEnd(20)}${f1(g.fps)} fps, longest gap ${f0(g.maxFrameGapMs)} ms, long frames ${f0(g.longFrames)}, longest ${f0(g.maxLongFrameMs)} ms`;
  const drag =
    typeof s.drag === 'string'
      ? `drag                ${s.drag}`
      : [
          `drag, move→frame    p50 ${f1(s.drag.moveToFrameP50Ms)} ms, p95 ${f1(s.drag.moveToFrameP95Ms)} ms, long frames ${f0(s.drag.longFrames)}, longest ${f0(s.drag.maxLongFrameMs)} ms`,
          `drop→verdicts       ${typeof s.drag.dropToVerdictMs === 'string' ? s.drag.dropToVerdictMs : `${f1(s.drag.dropToVerdictMs)} ms`}, longest frame after the drop ${f0(s.drag.dropMaxLongFrameMs)} ms`,
        ].join('\n');
  return [
    `## ${label}`,
    `design nodes ${design.nodes}, link groups ${design.links}; mounted nodes ${s.mounted.nodes}, edges ${s.mounted.edges}`,
    `first canvas        ${f0(s.load.firstNodeMs)} ms (all elements ${f0(s.load.settledMs)} ms, longest frame ${f0(s.load.maxLongFrameMs)} ms)`,
    gesture('pan', s.pan),
    `edit, key→canvas    link count ${f0(s.edit.countMs)} ms, delete a switch group ${f0(s.edit.deleteMs)} ms, undo ${f0(s.edit.undoMs)} ms, redo ${f0(s.edit.redoMs)} ms`,
    `undo history        200 link-count edits hold ${(undoBytes / 1e6).toFixed(2)} MB of heap (one run)`,
    gesture('zoom', s.zoom),
    drag,
  ].join('\n');
}

const wanted = process.env.BENCH_CASES?.split(',').map((c) => `bench-${c.trim()}`);
const designs = BENCH_CASES.filter((c) => !wanted || wanted.includes(c.name)).map(({ name, label, params }) => {
  const generated = generateFabric(params);
  if (!generated.ok) throw new Error(`${label}: ${generated.problems.join('; ')}`);
  const spine = generated.design.nodes.find((n) => n.kind === 'switch' && n.role === 'spine') ?? generated.design.nodes.find((n) => n.kind === 'switch');
  if (!spine) throw new Error(`${label}: no switch to delete`);
  return { name, label, design: generated.design, switchName: spine.name };
});
/** The bundled-file address the app opens a design from (`?example=` takes only the shipped examples). */
const openAddress = (base: string, name: string) => `${base}?design=examples/${name}.fabric.json`;
const executablePath = process.env.CHROMIUM_PATH || (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);
const server = await serveApp(`${RESULTS}app`, Object.fromEntries(designs.map((d) => [d.name, serializeDesign(d.design)])));
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  console.log(`# Browser canvas bench: Chromium ${browser.version()}, ${cpus().length} CPUs, medians (min–max) of ${RUNS} runs\n`);
  // one unrecorded run, so the first case does not also pay for the browser's own start-up
  await measureRun(browser, openAddress(server.url, designs[0]!.name), designs[0]!.design.name, designs[0]!.switchName);
  const cases = [];
  for (const { name, label, design, switchName } of designs) {
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measureRun(browser, openAddress(server.url, name), design.name, switchName));
    const summary = summarize(runs);
    const undoHistory = await measureUndoHistory(browser, openAddress(server.url, name), design.name, switchName);
    const size = { nodes: design.nodes.length, links: design.links.length };
    console.log(report(label, size, summary, undoHistory), '\n');
    cases.push({ name, label, design: size, ...summary, undoHistoryBytes: undoHistory, runs });
  }
  mkdirSync(RESULTS, { recursive: true });
  const out = { date: new Date().toISOString(), chromium: browser.version(), cpus: cpus().length, runs: RUNS, cases };
  writeFileSync(`${RESULTS}browser.json`, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`wrote ${RESULTS}browser.json`);
} finally {
  await browser.close();
  await server.close();
}
