import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import type { Plugin } from 'vite';

const LIBRARIES = /[\\/]node_modules[\\/](react|react-dom|scheduler|@xyflow|d3-[a-z]+|classcat|zustand|use-sync-external-store)[\\/]/;

/**
 * The page's first script loads the libraries and then the app by dynamic import (src/main.tsx), so
 * the browser would fetch each chunk only once the one before has run; preloading every chunk the
 * entry imports dynamically (and what they import) fetches them all at once, while the worker reads
 * the design, and their style sheets. Preloaded modules are fetched and compiled, not run: the
 * tasks stay separate.
 */
function preloadStartChunks(): Plugin {
  let base = '/';
  return {
    name: 'preload-start-chunks',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }) {
        if (!bundle || !chunk) return;
        const files = new Set<string>();
        const styles = new Set<string>();
        const visit = (fileName: string) => {
          const next = bundle[fileName];
          if (files.has(fileName) || next?.type !== 'chunk') return;
          files.add(fileName);
          // a dynamic import waits for its chunk's style sheet too
          next.viteMetadata?.importedCss.forEach((css) => styles.add(css));
          next.imports.forEach(visit);
        };
        chunk.dynamicImports.forEach(visit);
        // the entry and what it imports statically are loaded by its own script tag
        for (const loaded of [chunk.fileName, ...chunk.imports]) files.delete(loaded);
        chunk.viteMetadata?.importedCss.forEach((css) => styles.delete(css));
        const link = (attrs: Record<string, string | boolean>) => ({ tag: 'link', attrs, injectTo: 'head' as const });
        return [
          ...[...files].map((f) => link({ rel: 'modulepreload', crossorigin: true, href: `${base}${f}` })),
          ...[...styles].map((f) => link({ rel: 'preload', as: 'style', crossorigin: true, href: `${base}${f}` })),
        ];
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), preloadStartChunks()],
  build: {
    rolldownOptions: {
      output: {
        // the libraries in a chunk of their own, which the page evaluates in a task before the app's
        // (src/main.tsx, src/libraries.ts): one chunk for both was one start-up task of ~300 ms. Their
        // style sheets stay out of it: main.tsx imports React Flow's, and the chunk it landed in was
        // then run before main.tsx could start reading the design
        codeSplitting: { groups: [{ name: 'libraries', test: (id) => LIBRARIES.test(id) && !id.endsWith('.css') }] },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // sized for a loaded 2-core machine: the 65k/100k-GPU designs are built and analysed in tests; speed
    // is measured in `npm run bench`, never here
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
