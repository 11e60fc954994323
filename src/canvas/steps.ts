/**
 * A long derivation written as a generator that yields between units of work, so the same code
 * runs at once (during a render) or spread over several tasks (while a big design is opened).
 */
export type Steps<T> = Generator<void, T, void>;

export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs units until `budgetMs` has passed, then lets the page have a turn (`pause`), until done. */
export async function runInSteps<T>(steps: Steps<T>, pause: () => Promise<void>, budgetMs: number, now: () => number = () => performance.now()): Promise<T> {
  for (let started = now(); ; ) {
    const next = steps.next();
    if (next.done) return next.value;
    if (now() - started < budgetMs) continue;
    await pause();
    started = now();
  }
}
