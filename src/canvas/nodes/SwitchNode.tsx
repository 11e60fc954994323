/** A switch or a group of identical switches: name, role and count on top, the model below. */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { SwitchRole } from '../../domain/model/design.ts';
import type { SwitchFlowNode } from '../flowTypes.ts';
import { CentreHandles } from './CentreHandles.tsx';
import { useIsSelectedNode } from './useIsSelected.ts';

const ROLE_ACCENT: Record<SwitchRole, string> = {
  leaf: 'bg-teal-600',
  spine: 'bg-indigo-600',
  core: 'bg-fuchsia-600',
  border: 'bg-orange-500',
  management: 'bg-slate-500',
};

export const SwitchNode = memo(function SwitchNode({ id, data }: NodeProps<SwitchFlowNode>) {
  const selected = useIsSelectedNode(id);
  return (
    <div className={`flex h-full w-full overflow-hidden rounded-md border bg-white shadow-sm ${selected ? 'border-sky-500 ring-2 ring-sky-300' : 'border-slate-300'}`}>
      <div className={`w-1 shrink-0 ${ROLE_ACCENT[data.role]}`} />
      <div className="min-w-0 flex-1 px-2.5 py-1.5">
        <div className="flex items-baseline justify-between gap-2">
          <span className="truncate text-[13px] font-semibold text-slate-900">{data.name}</span>
          <span className="shrink-0 rounded bg-slate-100 px-1 text-[11px] text-slate-600 tabular-nums">
            {data.role} ×{data.quantity}
          </span>
        </div>
        <div className="line-clamp-2 text-[11px] leading-3.5 text-slate-600" title={data.modelName}>
          {data.modelName}
        </div>
      </div>
      <CentreHandles />
    </div>
  );
});
