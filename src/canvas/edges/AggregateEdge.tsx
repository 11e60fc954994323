/**
 * The link groups between two summary cards (or a card and a node) as one run: total links,
 * capacity and the worst verdict on its label. Hovering or clicking the label lists the groups
 * inside; picking one selects it for the inspector. The label is scaled by the zoom's screen scale
 * (canvas.css, `.lod-label-centred`), so it reads at one size on screen however far out or in the view is,
 * and sits where lod/useRunLabels.ts placed it, clear of every card and label: on the run between the
 * cards, or above or below it joined by a leader line, or as its link count alone. Where there is no
 * room at all it is left out and the run's tooltip gives it.
 */
import { memo, useState } from 'react';
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { useDesignStoreApi } from '../../store/designStoreContext.ts';
import { STATUS_GLYPH, STATUS_STROKE, STATUS_TEXT_CLASS, STATUS_WORD } from '../../ui/statusWords.ts';
import { useCanvasUi } from '../canvasUi.ts';
import { curvePath, edgeCurve, pointAt } from '../edgeGeometry.ts';
import type { AggregateFlowEdge } from '../flowTypes.ts';
import { aggregateCountText, aggregateSummary } from './aggregateLabel.ts';
import { useNodeRect } from './useNodeRect.ts';

/** The dashed line from a label set beside its run to the run, as thick on screen at any zoom. */
const LEADER = { strokeWidth: 'calc(1.5px * var(--screen-scale, 1))', strokeDasharray: 'calc(4px * var(--screen-scale, 1))' } as const;

export const AggregateEdge = memo(function AggregateEdge({ id, source, target, data }: EdgeProps<AggregateFlowEdge>) {
  const sourceRect = useNodeRect(source);
  const targetRect = useNodeRect(target);
  const [hovered, setHovered] = useState(false);
  const [pinned, setPinned] = useState(false);
  const spot = useCanvasUi((s) => s.runLabels.get(id));
  const store = useDesignStoreApi();
  if (!sourceRect || !targetRect || !data) return null;
  const run = edgeCurve(sourceRect, targetRect, 0);
  const anchor = pointAt(run, spot?.t ?? 0.5);
  const label = { x: anchor.x + (spot?.dx ?? 0), y: anchor.y + (spot?.dy ?? 0) };
  const stroke = STATUS_STROKE[data.status];
  const summary = aggregateSummary(data);
  const open = hovered || pinned;
  return (
    <>
      <BaseEdge id={id} path={curvePath(run)} interactionWidth={14} style={{ stroke, strokeWidth: 'calc(3px * var(--lod-scale, 1))' }} />
      {spot === null && <title>{`${data.between}: ${summary}`}</title>}
      {spot && (spot.dx || spot.dy) ? <path className="pointer-events-none" d={`M ${anchor.x},${anchor.y} L ${label.x},${label.y}`} stroke={stroke} style={LEADER} fill="none" /> : null}
      {spot && (
        <EdgeLabelRenderer>
          <div
            className="nodrag nopan absolute"
            style={{ transform: `translate(${label.x}px, ${label.y}px)`, zIndex: 1001, pointerEvents: 'all' }}
            onMouseEnter={() => setHovered(true)}
            onMouseLeave={() => setHovered(false)}
          >
            <div className="lod-label lod-label-centred">
              <button
                type="button"
                aria-expanded={open}
                aria-label={`Aggregated edge ${data.between}: ${summary}, ${STATUS_WORD[data.status]}`}
                onClick={() => setPinned((p) => !p)}
                className="flex items-center gap-1.5 rounded-full border-2 bg-white px-2.5 py-0.5 text-[13px] leading-5 font-semibold whitespace-nowrap text-slate-800 tabular-nums shadow-sm"
                style={{ borderColor: stroke }}
              >
                <span aria-hidden="true" className={STATUS_TEXT_CLASS[data.status]}>
                  {STATUS_GLYPH[data.status]}
                </span>
                {spot.count ? aggregateCountText(data) : summary}
              </button>
              {open && (
                <ul aria-label={`Link groups between ${data.between}`} className="nowheel mt-1 max-h-72 min-w-72 overflow-y-auto rounded-md border border-slate-300 bg-white p-1 text-[12px] shadow-lg">
                  {data.groups.map((g) => (
                    <li key={g.id}>
                      <button type="button" className="flex w-full gap-1.5 rounded px-1.5 py-0.5 text-left whitespace-nowrap hover:bg-sky-50" onClick={() => store.getState().select({ linkId: g.id })}>
                        <span aria-hidden="true" className={`font-bold ${STATUS_TEXT_CLASS[g.status]}`}>
                          {STATUS_GLYPH[g.status]}
                        </span>
                        {g.text}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
