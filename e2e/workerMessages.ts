/** Counts the messages the page posts to its workers, per worker script and per kind of job. */
import type { Page } from '@playwright/test';

export interface WorkerMessages {
  /** Messages per worker script ("parse" for parse.worker-HASH.js). */
  readonly perScript: Record<string, number>;
  /** Messages per script and job kind ("parse:url"), for workers whose messages name one. */
  readonly perKind: Record<string, number>;
}

/** Installs the counter before the page's scripts run; the returned function reads it. */
export async function countWorkerMessages(page: Page): Promise<() => Promise<WorkerMessages>> {
  await page.addInitScript(() => {
    const counts = { perScript: {} as Record<string, number>, perKind: {} as Record<string, number> };
    (window as unknown as { workerMessages: typeof counts }).workerMessages = counts;
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        const script = String(url).replace(/^.*\/|[-.][\w-]*\.js$/g, '');
        const send = this.postMessage.bind(this) as (message: unknown, transfer?: Transferable[]) => void;
        this.postMessage = (message: unknown, transfer?: Transferable[] | StructuredSerializeOptions) => {
          counts.perScript[script] = (counts.perScript[script] ?? 0) + 1;
          const kind = typeof message === 'object' && message !== null ? (message as { kind?: unknown }).kind : undefined;
          if (typeof kind === 'string') counts.perKind[`${script}:${kind}`] = (counts.perKind[`${script}:${kind}`] ?? 0) + 1;
          send(message, Array.isArray(transfer) ? transfer : undefined);
        };
      }
    };
  });
  return () => page.evaluate(() => structuredClone((window as unknown as { workerMessages: WorkerMessages }).workerMessages));
}
