/** Passes items through unchanged, reporting how many have gone by every `every` items and at the end. */
export function* withProgress<T>(items: Iterable<T>, every: number, report: (done: number) => void): Generator<T> {
  let done = 0;
  for (const item of items) {
    yield item;
    done += 1;
    if (done % every === 0) report(done);
  }
  if (done % every !== 0 || done === 0) report(done);
}
