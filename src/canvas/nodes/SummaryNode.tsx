/**
 * A building or hall zoomed out to one card (lod/levelOfDetail.ts): what it holds and how healthy it
 * is. Its text is enlarged by the zoom's label scale (canvas.css, `.lod-label`) so it reads at its
 * nominal size on screen however far out the view is. A card too small for that text shows the lines
 * that fit whole, each cut with an ellipsis where too long (canvas.css, `.summary-lines`); its tooltip
 * gives them all.
 */
import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { SummaryFlowNode } from '../flowTypes.ts';
import { summaryFacts, summaryName } from '../lod/summaryFacts.ts';

const HIDDEN_HANDLE = { opacity: 0, pointerEvents: 'none' } as const;

export const SummaryNode = memo(function SummaryNode({ data, selected }: NodeProps<SummaryFlowNode>) {
  const frame = selected ? 'border-sky-500 ring-2 ring-sky-300' : data.errors ? 'border-red-400' : data.warnings ? 'border-amber-400' : 'border-slate-300';
  const fill = data.kindLabel === 'Building' ? 'bg-slate-200/70' : 'bg-white/90';
  return (
    <div data-selected={String(selected)} title={summaryName(data)} className={`h-full w-full overflow-hidden rounded-xl border-2 ${fill} ${frame}`}>
      <div className="lod-label summary-lines p-3 text-[13px] leading-5 text-slate-700">
        <div className="text-[11px] font-semibold tracking-wider text-slate-500 uppercase">{data.kindLabel}</div>
        <div className="mb-1 truncate text-[15px] font-semibold text-slate-900">{data.name}</div>
        <dl className="contents tabular-nums">
          {summaryFacts(data).map(([term, value]) => (
            <div key={term} className="flex gap-x-3">
              <dt className="w-[4.5rem] shrink-0 text-slate-500">{term}</dt>
              <dd className={`min-w-0 truncate ${term === 'Findings' && data.errors ? 'font-semibold text-red-700' : ''}`}>{value}</dd>
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
