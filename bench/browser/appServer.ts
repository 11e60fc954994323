/**
 * The production build served by `vite preview`, in a folder of its own under bench/results so a
 * concurrent `npm run build` (the e2e tests' web server) cannot swap files under the bench.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

export interface AppServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Builds the app, adds each design as examples/<name>.fabric.json (the app opens it from
 * `?design=examples/<name>.fabric.json`, so no test hook is needed), and serves the result on a free port.
 */
export async function serveApp(outDir: string, designs: Readonly<Record<string, string>>, options: { minify?: boolean } = {}): Promise<AppServer> {
  // size and plugin-timing notices are for the app's own build; here they only bury the figures
  const quiet = { chunkSizeWarningLimit: 10_000, rolldownOptions: { checks: { bundlerTimings: false } } };
  // a profile needs the functions' own names
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true, minify: options.minify ?? true, ...quiet } });
  mkdirSync(join(outDir, 'examples'), { recursive: true });
  for (const [name, text] of Object.entries(designs)) writeFileSync(join(outDir, 'examples', `${name}.fabric.json`), text);
  const server: PreviewServer = await preview({ logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  return { url, close: () => server.close() };
}
