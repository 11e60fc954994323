/**
 * Places the run labels on the canvas (runLabelPlacement.ts) for the cards as React Flow draws them
 * and the label scale of the zoom, again when the runs, the selection, the cards or that scale change
 * (a few times per zoom gesture; never on a pan). The selected runs' labels are placed first; from
 * "mid" out only theirs show (canvas.css). Kept in the canvas UI store, so only the runs whose label
 * moves re-render.
 */
import { useEffect, useMemo } from 'react';
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import type { LinkId } from '../../domain/model/design.ts';
import { BUILDING, HALL } from '../autoLayout.ts';
import { canvasUi } from '../canvasUi.ts';
import { edgeCurve, type Rect } from '../edgeGeometry.ts';
import type { AggregateFlowEdge, LinkGroupFlowEdge } from '../flowTypes.ts';
import { estimateLabelWidth } from '../routeLinks.ts';
import { detailAt } from '../zoomDetail.ts';
import { labelScale } from './levelOfDetail.ts';
import { placeRunLabels, type RunLabelRequest } from './runLabelPlacement.ts';

/** Changes are gathered this long before placing, ms (a drag moves cards every frame). */
const SETTLE_MS = 60;
/** A building's or hall title's height zoomed out, canvas px at scale 1: 11 px text and the strip's padding (canvas.css). */
const TITLE_PX = 18;

/** A run label's short form: its link count, as the label starts ("32 ×" of "32 × 400G-LR4-10 · 2.1 km"). */
export function countText(text: string): string {
  const end = text.indexOf(' × ');
  return end < 0 ? text : text.slice(0, end + 2);
}

export function useRunLabels(edges: readonly (LinkGroupFlowEdge | AggregateFlowEdge)[], selectedIds: readonly LinkId[]): void {
  const store = useStoreApi();
  const runs = useMemo(() => {
    const selected = new Set(selectedIds);
    const groups = edges.filter((e): e is LinkGroupFlowEdge => e.type === 'linkGroup');
    return [...groups.filter((e) => selected.has(e.id)).map((edge) => ({ edge, selected: true })), ...groups.filter((e) => !selected.has(e.id)).map((edge) => ({ edge, selected: false }))];
  }, [edges, selectedIds]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let placedAt: { scale: number; detail: string; nodes: ReactFlowState['nodeLookup'] } | null = null;
    const place = () => {
      const state = store.getState();
      const zoom = state.transform[2];
      const scale = labelScale(zoom);
      const detail = detailAt(zoom);
      placedAt = { scale, detail, nodes: state.nodeLookup };
      const rects = nodeRects(state);
      const requests: RunLabelRequest[] = [];
      for (const { edge, selected } of runs) {
        const source = rects.get(edge.source);
        const target = rects.get(edge.target);
        if (!source || !target || !edge.data || detail === 'far' || (detail === 'mid' && !selected)) continue;
        const { text, bend, labelT } = edge.data;
        requests.push({ id: edge.id, curve: edgeCurve(source, target, bend), preferredT: labelT, width: estimateLabelWidth(text), countWidth: estimateLabelWidth(countText(text)) });
      }
      canvasUi.getState().placeRunLabels(placeRunLabels(requests, obstacles(state, rects, scale), extent(rects), scale));
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(place, SETTLE_MS);
    };
    schedule();
    const unsubscribe = store.subscribe((state) => {
      if (!placedAt) return;
      const zoom = state.transform[2];
      if (state.nodeLookup !== placedAt.nodes || labelScale(zoom) !== placedAt.scale || detailAt(zoom) !== placedAt.detail) schedule();
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [store, runs]);
}

/** Every mounted card's rectangle as React Flow draws it (a card showing its ports may have grown). */
function nodeRects(state: ReactFlowState): Map<string, Rect> {
  const rects = new Map<string, Rect>();
  for (const [id, node] of state.nodeLookup) {
    const { x, y } = node.internals.positionAbsolute;
    rects.set(id, { x, y, width: node.measured.width ?? node.width ?? 0, height: node.measured.height ?? node.height ?? 0 });
  }
  return rects;
}

/** What a label must not cover: racks, switches and summary cards whole, and the title strip of a building or hall (its text enlarged with the labels). */
function obstacles(state: ReactFlowState, rects: ReadonlyMap<string, Rect>, scale: number): Rect[] {
  const found: Rect[] = [];
  for (const [id, node] of state.nodeLookup) {
    const rect = rects.get(id);
    if (!rect) continue;
    if (node.type === 'building' || node.type === 'hall') found.push({ ...rect, height: Math.max(node.type === 'building' ? BUILDING.header : HALL.header, TITLE_PX * scale) });
    else found.push(rect);
  }
  return found;
}

/** The rectangle around every card. */
function extent(rects: ReadonlyMap<string, Rect>): Rect {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rects.values()) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.width);
    y1 = Math.max(y1, r.y + r.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
