/** The generated designs and browser flags the browser benches share. */
import type { FabricParams } from '../../src/domain/generator/params.ts';

// hidden or headless pages must not throttle timers or rAF (PERFORMANCE.md "Measuring it")
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  // the undo-history figure reads the heap after a collection, to the byte
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];

export interface BenchCase {
  /** File name under examples/, opened with `?design=examples/<name>.fabric.json`. */
  readonly name: string;
  readonly label: string;
  readonly params: FabricParams;
}

// the same fabrics as the engine bench's 1k and 16k cases
export const BENCH_CASES: readonly BenchCase[] = [
  { name: 'bench-1k', label: '~1k GPUs (128 DGX H100, QM9700, 2 tiers)', params: { template: 'rail-optimized', servers: 128, serverModel: 'dgx-h100', switchModel: 'qm9700' } },
  { name: 'bench-16k', label: '~16k GPUs (2,048 DGX H100, QM9700, 3 tiers)', params: { template: 'rail-optimized', servers: 2048, serverModel: 'dgx-h100', switchModel: 'qm9700', tiers: 3 } },
  {
    name: 'bench-100k',
    label: '~100k GPUs (12,800 DGX H100, SN5600, 3 tiers, 4 halls)',
    params: { template: 'rail-optimized', servers: 12800, serverModel: 'dgx-h100', switchModel: 'sn5600', tiers: 3, halls: 4 },
  },
];
