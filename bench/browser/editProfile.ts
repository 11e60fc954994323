/**
 * Where an edit's time goes: opens a generated design (production build, not minified), then
 * records a CPU profile of the bench's edits (a link group's count, delete a switch group, undo,
 * redo) and prints each main-thread task with the functions and React components it spent its
 * time in. `npx tsx bench/browser/editProfile.ts [16k|100k]`.
 */
import { profileText, startProfile, stopProfile } from './cpuProfile.ts';
import { edit } from './gestures.ts';
import { withProfileSession } from './profileSession.ts';

await withProfileSession(async ({ page, chosen, design, url, open }) => {
  const spine = design.nodes.find((n) => n.kind === 'switch' && n.role === 'spine') ?? design.nodes.find((n) => n.kind === 'switch');
  if (!spine) throw new Error('no switch to delete');
  await open();
  const cdp = await page.context().newCDPSession(page);
  await startProfile(cdp);
  const run = await edit(page, spine.name);
  const profile = await stopProfile(cdp);
  console.log(`# ${chosen.label}: link count ${run.countMs.toFixed(0)} ms, delete ${run.deleteMs.toFixed(0)} ms, undo ${run.undoMs.toFixed(0)} ms, redo ${run.redoMs.toFixed(0)} ms (key to frame, profiler on)\n`);
  console.log(profileText(profile, url, 15));
});
