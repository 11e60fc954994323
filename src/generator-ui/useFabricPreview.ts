/** The dialog's live preview: debounced while the user types, computed in a worker, stale replies ignored. */
import { useEffect, useRef, useState } from 'react';
import type { FabricParams } from '../domain/generator/params.ts';
import type { PreviewResult } from '../domain/generator/previewFabric.ts';
import type { PreviewFinding, PreviewReply, PreviewRequest } from './previewWorker.ts';

/** Long enough that a burst of keystrokes sends one request, short enough to feel live. */
const DEBOUNCE_MS = 150;

export interface FabricPreviewState {
  /** The latest finished preview, possibly for earlier parameters while `pending`. */
  readonly result: PreviewResult | null;
  readonly findings: readonly PreviewFinding[];
  /** True until the preview for the current parameters arrives. */
  readonly pending: boolean;
}

export function useFabricPreview(params: FabricParams | null): FabricPreviewState {
  const key = params ? JSON.stringify(params) : null;
  const [reply, setReply] = useState<PreviewReply | null>(null);
  const worker = useRef<Worker | null>(null);

  useEffect(() => {
    const w = new Worker(new URL('./previewWorker.ts', import.meta.url), { type: 'module' });
    w.addEventListener('message', (event: MessageEvent<PreviewReply>) => setReply(event.data));
    worker.current = w;
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);

  // keyed on the text, not the params object, which the form rebuilds on every render
  useEffect(() => {
    if (key === null) return;
    const request: PreviewRequest = { key, params: JSON.parse(key) as FabricParams };
    const timer = setTimeout(() => worker.current?.postMessage(request), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key]);

  return { result: reply?.result ?? null, findings: reply?.findings ?? [], pending: key !== null && reply?.key !== key };
}
