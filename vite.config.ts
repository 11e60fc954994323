import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

const LIBRARIES = /[\\/]node_modules[\\/](react|react-dom|scheduler|@xyflow|d3-[a-z]+|classcat|zustand|use-sync-external-store)[\\/]/;

export default defineConfig({
  plugins: [react(), tailwindcss()],
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
