/** Buildings and halls: containers with a title strip; their contents are child nodes. */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { BuildingFlowNode, ContainerData, HallFlowNode } from '../flowTypes.ts';
import { useIsSelectedNode } from './useIsSelected.ts';

function ContainerTitle({ data }: { data: ContainerData }) {
  return (
    <div className="flex items-baseline gap-2 truncate">
      <span className="text-[10px] font-semibold tracking-wider text-slate-500 uppercase">{data.kindLabel}</span>
      <span className="truncate font-semibold text-slate-800">{data.name}</span>
    </div>
  );
}

export const BuildingNode = memo(function BuildingNode({ id, data }: NodeProps<BuildingFlowNode>) {
  const selected = useIsSelectedNode(id);
  return (
    <div data-selected={String(selected)} className={`h-full w-full rounded-xl border-2 bg-slate-200/50 px-5 py-3 text-sm ${selected ? 'border-sky-500' : 'border-slate-300'}`}>
      <ContainerTitle data={data} />
    </div>
  );
});

export const HallNode = memo(function HallNode({ id, data }: NodeProps<HallFlowNode>) {
  const selected = useIsSelectedNode(id);
  return (
    <div data-selected={String(selected)} className={`h-full w-full rounded-lg border bg-white/90 px-5 py-2.5 text-[13px] ${selected ? 'border-sky-500 ring-2 ring-sky-300' : 'border-slate-300'}`}>
      <ContainerTitle data={data} />
    </div>
  );
});
