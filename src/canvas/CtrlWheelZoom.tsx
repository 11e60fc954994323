/** Ctrl+wheel and pinch zoom around the pointer, smoothly (wheelZoom.ts), in place of React Flow's own. */
import { useEffect } from 'react';
import { useStoreApi } from '@xyflow/react';
import { wheelZoomFactor } from './wheelZoom.ts';

/** Rendered inside <ReactFlow>, where its pane exists. */
export function CtrlWheelZoom(): null {
  const store = useStoreApi();
  useEffect(() => {
    const pane = store.getState().domNode;
    if (!pane) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey || (event.target instanceof Element && event.target.closest('.nowheel'))) return;
      // before React Flow's handler (on a child), which would zoom 4× per notch on macOS
      event.preventDefault();
      event.stopPropagation();
      const { transform, minZoom, maxZoom, panZoom } = store.getState();
      const [x, y, zoom] = transform;
      const next = Math.max(minZoom, Math.min(maxZoom, zoom * wheelZoomFactor(event.deltaY, event.deltaMode)));
      const box = pane.getBoundingClientRect();
      const px = event.clientX - box.left;
      const py = event.clientY - box.top;
      // the point under the pointer stays put
      void panZoom?.setViewport({ x: px - ((px - x) * next) / zoom, y: py - ((py - y) * next) / zoom, zoom: next });
    };
    pane.addEventListener('wheel', onWheel, { capture: true, passive: false });
    return () => pane.removeEventListener('wheel', onWheel, { capture: true });
  }, [store]);
  return null;
}
