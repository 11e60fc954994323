/**
 * Summarises a Chromium CPU profile (CDP `Profiler.stop`): the main thread's busy runs ("tasks")
 * with the functions and the React components they spent their time in, and self time per
 * function and per file. Shared by importProfile.ts and editProfile.ts.
 */
import type { CDPSession } from '@playwright/test';

interface ProfileNode {
  readonly id: number;
  readonly children?: readonly number[];
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}
export interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}

export async function stopProfile(cdp: CDPSession): Promise<Profile> {
  return ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile;
}

/** A function named like a React component (PascalCase), in the unminified build. */
const COMPONENT = /^[A-Z][A-Za-z0-9]*$/;

/** The profile as text: tasks over `minTaskMs` (functions, then components, inclusive ms), then self time. */
export function profileText(profile: Profile, baseUrl: string, minTaskMs = 40): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<string, number>();
  const fileMs = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const file = frame.url.replace(baseUrl, '').replace(/\?.*$/, '') || `(${frame.functionName || 'native'})`;
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
  const ranked = (m: Map<string, number>, keep: (name: string) => boolean, n: number) =>
    [...m].filter(([name]) => name !== '(root)' && keep(name)).sort((x, y) => y[1] - x[1]).slice(0, n).map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ');
  const tasksText = bursts
    .filter((b) => b.ms > minTaskMs)
    .map((b) => `${b.ms.toFixed(0).padStart(5)} ms: ${ranked(b.inclusive, () => true, Number(process.env.PROFILE_FUNCTIONS ?? 14))}\n         components: ${ranked(b.inclusive, (name) => COMPONENT.test(name), 12) || 'none'}`)
    .join('\n');
  const top = (m: Map<string, number>, n: number) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, ms]) => `${ms.toFixed(0).padStart(6)} ms  ${k}`).join('\n');
  return `## tasks over ${minTaskMs} ms, with the functions and components they spent it in (inclusive ms)\n${tasksText}\n\n## self time by function\n${top(selfMs, 30)}\n\n## self time by file\n${top(fileMs, 15)}`;
}
