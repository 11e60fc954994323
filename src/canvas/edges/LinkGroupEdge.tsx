/**
 * One link group: a run coloured by verdict, with a label that states the verdict in a glyph too.
 * The label is scaled by the zoom's screen scale (ViewportDetail.tsx), so it reads at 11 px on screen at
 * any zoom: enlarged zoomed out, shrunk zoomed in (it would otherwise grow over the racks above 100 %);
 * from "mid" out only the selected run's label shows (a click on the run reads it, and the inspector).
 * The label sits where lod/useRunLabels.ts placed it: on the run, or beside it with a leader line, or
 * as its link count alone; where there is no room it is left out, and the run's tooltip gives it.
 */
import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import type { DesignStore } from '../../store/designStore.ts';
import { useDesignStoreApi } from '../../store/designStoreContext.ts';
import { useCanvasUi } from '../canvasUi.ts';
import { countText } from '../lod/useRunLabels.ts';
import { STATUS_GLYPH, STATUS_STROKE, STATUS_TEXT_CLASS } from '../../ui/statusWords.ts';
import { curvePath, edgeCurve, pointAt } from '../edgeGeometry.ts';
import type { LinkGroupFlowEdge } from '../flowTypes.ts';
import { useNodeRect } from './useNodeRect.ts';

export const LinkGroupEdge = memo(function LinkGroupEdge({ id, source, target, data, selected = false }: EdgeProps<LinkGroupFlowEdge>) {
  const sourceRect = useNodeRect(source);
  const targetRect = useNodeRect(target);
  const spot = useCanvasUi((s) => s.runLabels.get(id));
  const store = useDesignStoreApi();
  if (!sourceRect || !targetRect || !data) return null;
  const run = edgeCurve(sourceRect, targetRect, data.bend);
  const anchor = pointAt(run, spot?.t ?? data.labelT);
  const label = { x: anchor.x + (spot?.dx ?? 0), y: anchor.y + (spot?.dy ?? 0) };
  const stroke = STATUS_STROKE[data.status];
  return (
    <>
      <BaseEdge id={id} path={curvePath(run)} interactionWidth={14} style={{ stroke, strokeWidth: selected ? 3.5 : 1.75 }} />
      {(!spot || spot.count) && <title>{data.text}</title>}
      {spot && (spot.dx || spot.dy) ? <path data-selected={String(selected)} className="link-leader pointer-events-none" d={`M ${anchor.x},${anchor.y} L ${label.x},${label.y}`} stroke={stroke} strokeWidth={1} strokeDasharray="3 3" fill="none" /> : null}
      {spot && (
        <EdgeLabelRenderer>
          <div
            data-selected={String(selected)}
            title={spot.count ? data.text : undefined}
            className={`link-label nodrag nopan absolute flex cursor-pointer items-center gap-1 rounded-full border bg-white px-2 py-0.5 text-[11px] leading-4 font-medium whitespace-nowrap text-slate-700 tabular-nums shadow-sm ${selected ? 'ring-2 ring-sky-300' : ''}`}
            style={{ transform: `translate(${label.x}px, ${label.y}px) scale(var(--screen-scale, 1)) translate(-50%, -50%)`, transformOrigin: '0 0', borderColor: stroke, zIndex: 1000, pointerEvents: 'all' }}
            onClick={(e) => selectLink(store, id, e.shiftKey || e.metaKey || e.ctrlKey)}
          >
            <span aria-hidden="true" className={`font-bold ${STATUS_TEXT_CLASS[data.status]}`}>
              {STATUS_GLYPH[data.status]}
            </span>
            {spot.count ? countText(data.text) : data.text}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

/** A click selects the link group alone; with Shift (or Ctrl/Cmd) it joins or leaves the selection. */
function selectLink(store: DesignStore, id: string, extend: boolean): void {
  const state = store.getState();
  if (!extend) return state.select({ linkId: id });
  const { nodeIds, linkIds } = state.selected;
  state.selectMany({ nodeIds, linkIds: linkIds.includes(id) ? linkIds.filter((l) => l !== id) : [...linkIds, id] });
}
