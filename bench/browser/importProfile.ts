/**
 * Where the time of opening a big design goes: a CPU profile of the page (production build, not
 * minified, so functions keep their names) from navigation to the settled canvas, summed per
 * function (self time) and per source file. `npx tsx bench/browser/importProfile.ts [16k|100k]`.
 */
import { profileText, startProfile, stopProfile } from './cpuProfile.ts';
import { probe, type LoadFigures } from './pageProbe.ts';
import { withProfileSession } from './profileSession.ts';

await withProfileSession(async ({ page, chosen, url, open }) => {
  const cdp = await page.context().newCDPSession(page);
  await startProfile(cdp);
  await open();
  const profile = await stopProfile(cdp);
  const load = await page.evaluate<LoadFigures>(probe.load);
  const tasks = await page.evaluate<number[]>('window.__bench.loafs.map((l) => Math.round(l.duration))');
  console.log(`# ${chosen.label}: first node ${load.firstNodeMs?.toFixed(0)} ms, settled ${load.settledMs?.toFixed(0)} ms, longest frame ${load.maxLongFrameMs.toFixed(0)} ms; mounted ${load.mountedNodes} nodes, ${load.mountedEdges} edges`);
  console.log(`long animation frames (ms): ${tasks.join(', ')}\n\n${profileText(profile, url)}`);
});
