import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // sized for a loaded 2-core machine: the 65k/100k-GPU designs are built and analysed in tests; speed
    // is measured in `npm run bench`, never here
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
