/** A GPU or network rack (or N identical racks); a rack holding switches becomes their container. */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { RACK } from '../autoLayout.ts';
import type { RackFlowNode } from '../flowTypes.ts';
import { CentreHandles } from './CentreHandles.tsx';
import { useIsSelectedNode } from './useIsSelected.ts';

const ACCENT = { gpu: 'bg-violet-500', network: 'bg-sky-600' } as const;

export const RackNode = memo(function RackNode({ id, data }: NodeProps<RackFlowNode>) {
  const selected = useIsSelectedNode(id);
  const frame = selected ? 'border-sky-500 ring-2 ring-sky-300' : 'border-slate-300';
  // A container's body stays see-through so runs between the switches inside it show.
  return (
    <div data-selected={String(selected)} className={`relative h-full w-full overflow-hidden rounded-md border shadow-sm ${data.holdsSwitches ? 'bg-slate-50/30' : 'bg-white'} ${frame}`}>
      <div className={`absolute inset-y-0 left-0 w-1 ${ACCENT[data.rackKind]}`} />
      <div className="bg-white py-2 pr-2.5 pl-3.5" style={data.holdsSwitches ? { height: RACK.header } : undefined}>
        <div className="truncate text-[13px] font-semibold text-slate-900" title={data.name}>
          {data.name}
        </div>
        <div className="truncate text-xs text-slate-600" title={data.contents}>
          {data.contents}
        </div>
      </div>
      <CentreHandles />
    </div>
  );
});
