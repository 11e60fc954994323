/**
 * Tells the canvas's stylesheet how the view is being looked at, without re-rendering anything:
 * `data-moving` while the viewport pans or zooms, `data-detail` for how far out it is ("near",
 * "mid" or "far", zoomDetail.ts), and `--lod-scale`, how much summary labels and card names are enlarged to
 * stay legible (lod/levelOfDetail.ts), with `data-scaled` whenever they are, and `--screen-scale`, which
 * also shrinks zoomed in, for labels that keep one size on screen (aggregated edges). All are set on React Flow's wrapper from a store
 * subscription, so a pan frame runs no React render and crossing a zoom threshold restyles, not
 * re-renders.
 *
 * Why (PERFORMANCE.md, "pan/zoom"): Chromium paints the whole viewport into the page's one layer, so
 * every pan frame re-rasters every card, grid line and label on screen, which is what held a 16k-GPU
 * design to ~30 fps. While moving, the viewport gets `will-change: transform`: a layer of its own,
 * which the compositor moves and scales. It is dropped once the view rests, and the content is
 * rastered again in place at the new zoom: a lasting layer would keep the zoom it was first drawn at
 * (blurred after zooming in) and draws text less crisply than the page does. Making the layer costs
 * one full raster as a gesture starts, which a small canvas (cheap to redraw every frame anyway)
 * would feel as a hitch, so it is only made from LAYER_FROM elements up. Further out, dashes, dots,
 * shadows and text a pixel or two high cost most of a frame to raster and show nothing: canvas.css
 * leaves them out.
 */
import { useEffect } from 'react';
import { useStoreApi } from '@xyflow/react';
import { labelScale, screenScale } from './lod/levelOfDetail.ts';
import { detailAt, type Detail } from './zoomDetail.ts';

/** The viewport counts as moving until it has rested this long, ms (wheel gestures arrive in bursts). */
const REST_MS = 180;
/** Mounted nodes and edges from which the viewport is given a layer while it moves (the 1k-GPU bench design has 24, the 16k one 372). */
const LAYER_FROM = 100;

export function ViewportDetail(): null {
  const store = useStoreApi();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let moving = false;
    let shown: Detail | null = null;
    let scale = 0;
    let screen = 0;
    const wrapper = () => store.getState().domNode;
    const setMoving = (value: boolean) => {
      moving = value;
      wrapper()?.toggleAttribute('data-moving', value);
    };
    const showDetail = (zoom: number) => {
      const detail = detailAt(zoom);
      const el = wrapper();
      if (!el) return;
      if (detail !== shown) el.setAttribute('data-detail', (shown = detail));
      const nextScreen = screenScale(zoom);
      if (nextScreen === screen) return;
      el.style.setProperty('--screen-scale', String((screen = nextScreen)));
      const nextScale = labelScale(zoom);
      if (nextScale === scale) return;
      el.style.setProperty('--lod-scale', String((scale = nextScale)));
      el.toggleAttribute('data-scaled', scale > 1);
    };
    showDetail(store.getState().transform[2]);
    const unsubscribe = store.subscribe((state, prev) => {
      if (state.transform === prev.transform) return;
      showDetail(state.transform[2]);
      if (!moving && state.nodeLookup.size + state.edgeLookup.size >= LAYER_FROM) setMoving(true);
      clearTimeout(timer);
      timer = setTimeout(() => setMoving(false), REST_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
      if (moving) setMoving(false);
    };
  }, [store]);
  return null;
}
