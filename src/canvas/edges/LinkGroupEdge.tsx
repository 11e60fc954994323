/**
 * One link group: a run coloured by verdict, with a label that states the verdict in a glyph too.
 * Zoomed out the label is enlarged by the zoom's label scale (canvas.css), so it stays 11 px on screen;
 * from "mid" out only the selected run's label shows (a click on the run reads it, and the inspector).
 */
import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import type { DesignStore } from '../../store/designStore.ts';
import { useDesignStoreApi } from '../../store/designStoreContext.ts';
import { STATUS_GLYPH, STATUS_STROKE, STATUS_TEXT_CLASS } from '../../ui/statusWords.ts';
import { curvePath, edgeCurve, pointAt } from '../edgeGeometry.ts';
import type { LinkGroupFlowEdge } from '../flowTypes.ts';
import { useNodeRect } from './useNodeRect.ts';

export const LinkGroupEdge = memo(function LinkGroupEdge({ id, source, target, data, selected = false }: EdgeProps<LinkGroupFlowEdge>) {
  const sourceRect = useNodeRect(source);
  const targetRect = useNodeRect(target);
  const store = useDesignStoreApi();
  if (!sourceRect || !targetRect || !data) return null;
  const run = edgeCurve(sourceRect, targetRect, data.bend);
  const label = pointAt(run, data.labelT);
  const stroke = STATUS_STROKE[data.status];
  return (
    <>
      <BaseEdge id={id} path={curvePath(run)} interactionWidth={14} style={{ stroke, strokeWidth: selected ? 3.5 : 1.75 }} />
      <EdgeLabelRenderer>
        <div
          data-selected={String(selected)}
          className={`link-label nodrag nopan absolute flex cursor-pointer items-center gap-1 rounded-full border bg-white px-2 py-0.5 text-[11px] leading-4 font-medium whitespace-nowrap text-slate-700 tabular-nums shadow-sm ${selected ? 'ring-2 ring-sky-300' : ''}`}
          style={{ transform: `translate(${label.x}px, ${label.y}px) scale(var(--lod-scale, 1)) translate(-50%, -50%)`, borderColor: stroke, zIndex: 1000, pointerEvents: 'all' }}
          onClick={(e) => selectLink(store, id, e.shiftKey || e.metaKey || e.ctrlKey)}
        >
          <span aria-hidden="true" className={`font-bold ${STATUS_TEXT_CLASS[data.status]}`}>
            {STATUS_GLYPH[data.status]}
          </span>
          {data.text}
        </div>
      </EdgeLabelRenderer>
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
