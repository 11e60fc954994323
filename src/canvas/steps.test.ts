import { describe, expect, it } from 'vitest';
import { runInSteps, runToEnd, type Steps } from './steps.ts';

/** Ten units of work, each moving the clock on by 10 ms; returns how many ran. */
function* tenUnits(clock: { ms: number }): Steps<number> {
  let done = 0;
  for (let i = 0; i < 10; i++) {
    clock.ms += 10;
    done += 1;
    yield;
  }
  return done;
}

describe('steps', () => {
  it('runs a derivation at once', () => {
    expect(runToEnd(tenUnits({ ms: 0 }))).toBe(10);
  });

  it('lets the page have a turn whenever the budget is spent, and nowhere else', async () => {
    const clock = { ms: 0 };
    const pausedAt: number[] = [];
    const pause = async () => void pausedAt.push(clock.ms);
    expect(await runInSteps(tenUnits(clock), pause, 25, () => clock.ms)).toBe(10);
    expect(pausedAt).toEqual([30, 60, 90]);
  });
});
