/** Buildings and halls: containers with a title strip; their contents are child nodes. A hall draws its floor grid. */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useDropRole } from '../canvasUi.ts';
import { GRID_ORIGIN, SLOT_PX, type HallGrid } from '../floorGrid.ts';
import type { BuildingFlowNode, HallFlowNode } from '../flowTypes.ts';
import { DROP_RING } from './dropRing.ts';
import { NodeName } from './NodeName.tsx';

/** Kind and name; zoomed out both are enlarged to 11 px on screen (canvas.css, `.container-title`). */
function ContainerTitle({ id, name, kindLabel, hint }: { id: string; name: string; kindLabel: string; hint?: string }) {
  return (
    <div className="container-title lod-text flex min-w-0 items-baseline gap-2">
      <span className="shrink-0 text-[11px] font-semibold tracking-wider text-slate-500 uppercase">{kindLabel}</span>
      <NodeName id={id} name={name} hint={hint} className="font-semibold text-slate-800" />
    </div>
  );
}

export const BuildingNode = memo(function BuildingNode({ id, data, selected }: NodeProps<BuildingFlowNode>) {
  const drop = useDropRole(id);
  const frame = drop ? DROP_RING[drop] : selected ? 'border-sky-500 ring-2 ring-sky-300' : 'border-slate-300';
  return (
    <div data-selected={String(selected)} className={`building-frame h-full w-full rounded-xl border-2 bg-slate-200/50 px-5 py-3 text-sm ${frame}`}>
      <ContainerTitle id={id} name={data.name} kindLabel={data.kindLabel} />
    </div>
  );
});

export const HallNode = memo(function HallNode({ id, data, selected }: NodeProps<HallFlowNode>) {
  const drop = useDropRole(id);
  const frame = drop ? DROP_RING[drop] : selected ? 'border-sky-500 ring-2 ring-sky-300' : 'border-slate-300';
  return (
    <div data-selected={String(selected)} className={`relative h-full w-full rounded-lg border bg-white/90 text-[13px] ${frame}`}>
      <FloorGrid grid={data.grid} />
      <div className="relative flex items-baseline justify-between gap-3 px-4 pt-2.5">
        <ContainerTitle id={id} name={data.name} kindLabel={data.kindLabel} hint={`floor grid ${data.scale}, not to scale`} />
        <span className="lod-text unscaled-only shrink-0 text-[11px] text-slate-500 tabular-nums" title="What one cell of the floor grid stands for in the length model. Cells are drawn wide enough for a rack's card, so the plan is not to scale; lengths use these metres.">
          <span aria-hidden="true">▦ </span>grid {data.scale} · not to scale
        </span>
      </div>
    </div>
  );
});

/**
 * Slot columns and row bands, numbered as the length model counts them. Their numbers show from
 * 100 % zoom (11 px); further out they would crowd the hall's enlarged title, and a card's row and
 * slot read in its name's tooltip and the inspector instead.
 */
const FloorGrid = memo(function FloorGrid({ grid }: { grid: HallGrid }) {
  const last = grid.rows[grid.rows.length - 1];
  const bottom = last ? last.y + last.height : GRID_ORIGIN.y;
  const right = GRID_ORIGIN.x + grid.slots * SLOT_PX;
  const columns = Array.from({ length: grid.slots + 1 }, (_, i) => GRID_ORIGIN.x + i * SLOT_PX);
  return (
    <svg aria-hidden="true" className="pointer-events-none absolute inset-0" width={grid.width} height={grid.height}>
      <g className="floor-lines" stroke="#e2e8f0" strokeWidth={1} strokeDasharray="4 4">
        {columns.map((x) => (
          <line key={`c${x}`} x1={x} y1={GRID_ORIGIN.y} x2={x} y2={bottom} />
        ))}
        {grid.rows.map((r) => (
          <line key={`r${r.row}`} x1={GRID_ORIGIN.x} y1={r.y} x2={right} y2={r.y} />
        ))}
        <line x1={GRID_ORIGIN.x} y1={bottom} x2={right} y2={bottom} />
      </g>
      <g className="lod-text unscaled-only" fill="#94a3b8" fontSize={11} fontFamily="ui-sans-serif, system-ui, sans-serif">
        {columns.slice(0, -1).map((x, i) => (
          <text key={`s${i}`} x={x + 6} y={GRID_ORIGIN.y - 4}>
            slot {i}
          </text>
        ))}
        {grid.rows.map((r) => (
          <text key={`t${r.row}`} x={GRID_ORIGIN.x - 6} y={r.y + 18} textAnchor="end">
            R{r.row}
          </text>
        ))}
      </g>
      {/* the length model measures each run on the floor from the hall's cable entry, at the grid's corner */}
      <g transform={`translate(${GRID_ORIGIN.x} ${GRID_ORIGIN.y})`}>
        <title>Cable entry: the length model measures each run on this floor from here</title>
        <path d="M0 0 L9 0 L0 9 Z" fill="#0284c7" />
        <text className="lod-text unscaled-only" x={-4} y={-16} fill="#0369a1" fontSize={11} fontWeight={600} textAnchor="end" fontFamily="ui-sans-serif, system-ui, sans-serif">
          entry
        </text>
      </g>
    </svg>
  );
});
