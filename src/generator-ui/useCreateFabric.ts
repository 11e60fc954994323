/**
 * Create's work, off the page's thread where it can be: the fabric generated in a worker, then its
 * first view derived in steps (prepareView) as an imported design's is, then opened as one undoable
 * step (the canvas fits a replaced design, the autosave stores it). Closing the dialog first ends
 * the worker, and a view still being prepared is dropped: nothing reaches the store.
 */
import { useEffect, useRef, useState } from 'react';
import type { FabricParams } from '../domain/generator/params.ts';
import { prepareView } from '../io/prepareView.ts';
import { useDesignStoreApi } from '../store/designStoreContext.ts';
import { useWorkerJob } from '../ui/useWorkerJob.ts';
import type { GeneratedDesign } from '../workers/generateDesign.ts';

const makeWorker = () => new Worker(new URL('../workers/generate.worker.ts', import.meta.url), { type: 'module' });

export type CreateState = { readonly state: 'idle' | 'generating' | 'opening' } | { readonly state: 'failed'; readonly message: string };

export function useCreateFabric(onRefused: (problems: readonly string[]) => void, onOpened: () => void): { readonly create: (params: FabricParams) => void; readonly status: CreateState } {
  const store = useDesignStoreApi();
  const { job, start } = useWorkerJob<FabricParams, GeneratedDesign>(makeWorker);
  const [opening, setOpening] = useState(false);
  const [openFailure, setOpenFailure] = useState<string | null>(null);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const create = (params: FabricParams) => {
    if (opening) return;
    setOpenFailure(null);
    start(params, (result) => {
      if (!result.ok) return onRefused(result.problems);
      setOpening(true);
      prepareView(result.design).then(
        () => {
          if (!mounted.current) return;
          store.getState().loadDesign(result.design);
          onOpened();
        },
        (err: unknown) => {
          setOpening(false);
          setOpenFailure(err instanceof Error ? err.message : String(err));
        },
      );
    });
  };

  const status: CreateState =
    job.state === 'running' ? { state: 'generating' }
    : opening ? { state: 'opening' }
    : job.state === 'failed' ? { state: 'failed', message: job.message }
    : openFailure !== null ? { state: 'failed', message: openFailure }
    : { state: 'idle' };
  return { create, status };
}
