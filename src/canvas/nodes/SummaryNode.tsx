/**
 * A building or hall zoomed out to one card (lod/levelOfDetail.ts): its name, what it holds and how
 * healthy it is. Its text is enlarged by the zoom's label scale (canvas.css, `.lod-label`) so it reads
 * at its nominal size on screen however far out the view is. Zoomed far out a card can be narrower
 * than its name: the name plate is centred on the card and may reach past its sides, as far as
 * lod/titleRoom.ts leaves free, wrapping onto a second line before it is cut with an ellipsis
 * (canvas.css, `.summary-title`). The facts below show the lines that fit whole in the card, a value
 * under its term where the card is too narrow for both, cut with an ellipsis where still too long
 * (`.summary-lines`); the card's tooltip gives them all.
 */
import { memo, type CSSProperties } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { SummaryFlowNode } from '../flowTypes.ts';
import { summaryFacts, summaryName } from '../lod/summaryFacts.ts';

const HIDDEN_HANDLE = { opacity: 0, pointerEvents: 'none' } as const;

export const SummaryNode = memo(function SummaryNode({ data, selected }: NodeProps<SummaryFlowNode>) {
  const frame = selected ? 'border-sky-500 ring-2 ring-sky-300' : data.errors ? 'border-red-400' : data.warnings ? 'border-amber-400' : 'border-slate-300';
  const fill = data.kindLabel === 'Building' ? 'bg-slate-200/70' : 'bg-white/90';
  const room = data.titleRoomPx === null ? undefined : ({ '--title-room': `${data.titleRoomPx}px` } as CSSProperties);
  return (
    <div data-selected={String(selected)} title={summaryName(data)} className={`h-full w-full rounded-xl border-2 ${fill} ${frame}`}>
      <div className="lod-label summary-card px-3 pt-1.5 pb-2 text-[13px] leading-5 text-slate-700" style={room}>
        <div className="summary-room">
          <div className="summary-title rounded-md bg-white/85 px-1 text-center">
            <div className="summary-kind text-[11px] leading-4 font-semibold tracking-wider text-slate-500 uppercase">{data.kindLabel}</div>
            <div className="summary-name text-[14px] leading-[18px] font-semibold text-slate-900">{data.name}</div>
          </div>
        </div>
        <dl className="summary-lines mt-1 tabular-nums">
          {summaryFacts(data).map(([term, value]) => (
            <div key={term} className="flex flex-wrap gap-x-3">
              <dt className="w-[4.5rem] shrink-0 text-slate-500">{term}</dt>
              <dd className={`max-w-full flex-[1_0_auto] truncate ${term === 'Findings' && data.errors ? 'font-semibold text-red-700' : ''}`}>{value}</dd>
            </div>
          ))}
        </dl>
      </div>
      {/* React Flow draws an edge only between handles; aggregated edges route border to border themselves */}
      <Handle type="target" position={Position.Left} isConnectable={false} style={HIDDEN_HANDLE} />
      <Handle type="source" position={Position.Right} isConnectable={false} style={HIDDEN_HANDLE} />
    </div>
  );
});
