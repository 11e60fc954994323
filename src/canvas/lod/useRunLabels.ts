/**
 * Places the run labels and the aggregated edges' labels on the canvas (runLabelPlacement.ts) for the
 * cards as React Flow draws them and the screen scale of the zoom (both keep one size on screen), again
 * when the runs, the selection, the cards or that scale change (a few times per zoom gesture; never on
 * a pan). The aggregated edges' labels are placed first (they are few and stand for many runs), then
 * the selected runs'; from "mid" out only those show (canvas.css). Kept in the canvas UI store, so only
 * the runs whose label moves re-render.
 */
import { useEffect, useMemo } from 'react';
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import type { LinkId } from '../../domain/model/design.ts';
import { BUILDING, HALL } from '../layoutSizes.ts';
import { canvasUi } from '../canvasUi.ts';
import { AGGREGATE_LABEL_HEIGHT, aggregateCountText, aggregateSummary, estimateAggregateLabelWidth } from '../edges/aggregateLabel.ts';
import { edgeCurve, type Rect } from '../edgeGeometry.ts';
import type { AggregateFlowEdge, FabricFlowNode, LinkGroupFlowEdge } from '../flowTypes.ts';
import { estimateLabelWidth } from '../routeLinks.ts';
import { detailAt } from '../zoomDetail.ts';
import { labelScale, screenScale } from './levelOfDetail.ts';
import { placeRunLabels, type RunLabelRequest } from './runLabelPlacement.ts';

/** Changes are gathered this long before placing, ms (a drag moves cards every frame). */
const SETTLE_MS = 60;
/** A building's or hall title's height zoomed out, canvas px at scale 1: 11 px text and the strip's padding (canvas.css). */
const TITLE_PX = 18;
/** A summary card's name plate at scale 1, canvas px (nodes/SummaryNode.tsx): its top padding, the kind and two lines of name; and its widest. */
const PLATE_PX = { height: 58, width: 288 } as const;
/** How many label heights an aggregated edge's label may climb above or below its run, clear of the cards it joins. */
const AGGREGATE_REACH = 12;

type FlowState = ReactFlowState<FabricFlowNode>;

/** A run label's short form: its link count, as the label starts ("32 ×" of "32 × 400G-LR4-10 · 2.1 km"). */
export function countText(text: string): string {
  const end = text.indexOf(' × ');
  return end < 0 ? text : text.slice(0, end + 2);
}

export function useRunLabels(edges: readonly (LinkGroupFlowEdge | AggregateFlowEdge)[], selectedIds: readonly LinkId[]): void {
  const store = useStoreApi<FabricFlowNode>();
  const { aggregates, runs } = useMemo(() => {
    const selected = new Set(selectedIds);
    const groups = edges.filter((e): e is LinkGroupFlowEdge => e.type === 'linkGroup');
    return {
      aggregates: edges.filter((e): e is AggregateFlowEdge => e.type === 'aggregate'),
      runs: [...groups.filter((e) => selected.has(e.id)).map((edge) => ({ edge, selected: true })), ...groups.filter((e) => !selected.has(e.id)).map((edge) => ({ edge, selected: false }))],
    };
  }, [edges, selectedIds]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let placedAt: { scale: number; detail: string; nodes: FlowState['nodeLookup'] } | null = null;
    const place = () => {
      const state = store.getState();
      const zoom = state.transform[2];
      const scale = screenScale(zoom);
      const detail = detailAt(zoom);
      placedAt = { scale, detail, nodes: state.nodeLookup };
      const rects = nodeRects(state);
      const requests: RunLabelRequest[] = [];
      for (const edge of aggregates) {
        const source = rects.get(edge.source);
        const target = rects.get(edge.target);
        if (!source || !target || !edge.data) continue;
        const width = estimateAggregateLabelWidth(aggregateSummary(edge.data));
        const countWidth = estimateAggregateLabelWidth(aggregateCountText(edge.data));
        requests.push({ id: edge.id, curve: edgeCurve(source, target, 0), preferredT: 0.5, width, countWidth, height: AGGREGATE_LABEL_HEIGHT, reach: AGGREGATE_REACH, unbounded: true });
      }
      for (const { edge, selected } of runs) {
        const source = rects.get(edge.source);
        const target = rects.get(edge.target);
        if (!source || !target || !edge.data || detail === 'far' || (detail === 'mid' && !selected)) continue;
        const { text, bend, labelT } = edge.data;
        requests.push({ id: edge.id, curve: edgeCurve(source, target, bend), preferredT: labelT, width: estimateLabelWidth(text), countWidth: estimateLabelWidth(countText(text)) });
      }
      canvasUi.getState().placeRunLabels(placeRunLabels(requests, obstacles(state, rects, labelScale(zoom)), extent(rects), scale));
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(place, SETTLE_MS);
    };
    schedule();
    const unsubscribe = store.subscribe((state) => {
      if (!placedAt) return;
      const zoom = state.transform[2];
      if (state.nodeLookup !== placedAt.nodes || screenScale(zoom) !== placedAt.scale || detailAt(zoom) !== placedAt.detail) schedule();
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [store, aggregates, runs]);
}

/** Every mounted card's rectangle as React Flow draws it (a card showing its ports may have grown). */
function nodeRects(state: FlowState): Map<string, Rect> {
  const rects = new Map<string, Rect>();
  for (const [id, node] of state.nodeLookup) {
    const { x, y } = node.internals.positionAbsolute;
    rects.set(id, { x, y, width: node.measured.width ?? node.width ?? 0, height: node.measured.height ?? node.height ?? 0 });
  }
  return rects;
}

/**
 * What a label must not cover: racks, switches and summary cards whole, a summary card's name plate
 * where it reaches past the card, and the title strip of a building or hall (their text enlarged by
 * the zoom's label scale, `lodScale`).
 */
function obstacles(state: FlowState, rects: ReadonlyMap<string, Rect>, lodScale: number): Rect[] {
  const found: Rect[] = [];
  for (const [id, node] of state.nodeLookup) {
    const rect = rects.get(id);
    if (!rect) continue;
    if (node.type === 'building' || node.type === 'hall') found.push({ ...rect, height: Math.max(node.type === 'building' ? BUILDING.header : HALL.header, TITLE_PX * lodScale) });
    else found.push(rect);
    if ('titleRoomPx' in node.data) {
      const width = Math.max(rect.width, Math.min(node.data.titleRoomPx ?? Infinity, PLATE_PX.width * lodScale));
      found.push({ x: rect.x + rect.width / 2 - width / 2, y: rect.y, width, height: PLATE_PX.height * lodScale });
    }
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
