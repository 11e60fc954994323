/** A GPU or network rack (or N identical racks, drawn across their N slots); a rack holding switches becomes their container. */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { RACK } from '../autoLayout.ts';
import { useDropRole } from '../canvasUi.ts';
import { SLOT_PX, CELL_INSET } from '../floorGrid.ts';
import type { RackFlowNode } from '../flowTypes.ts';
import { ConnectHandles } from './ConnectHandles.tsx';
import { DROP_RING } from './dropRing.ts';
import { NodeName } from './NodeName.tsx';
import { useIsSelectedNode } from './useIsSelected.ts';

const ACCENT = { gpu: 'bg-violet-500', network: 'bg-sky-600' } as const;

export const RackNode = memo(function RackNode({ id, data }: NodeProps<RackFlowNode>) {
  const selected = useIsSelectedNode(id);
  const drop = useDropRole(id);
  const frame = drop ? DROP_RING[drop] : selected ? 'border-sky-500 ring-2 ring-sky-300' : 'border-slate-300';
  // A container's body stays see-through so runs between the switches inside it show.
  return (
    <div data-selected={String(selected)} className={`group relative h-full w-full rounded-md border shadow-sm ${data.holdsSwitches ? 'bg-slate-50/30' : 'bg-white'} ${frame}`}>
      <div className="absolute inset-0 overflow-hidden rounded-md">
        <div className={`absolute inset-y-0 left-0 w-1 ${ACCENT[data.rackKind]}`} />
      </div>
      <div className="relative rounded-t-md bg-white/95 py-2 pr-2.5 pl-3.5" style={data.holdsSwitches ? { height: RACK.header } : undefined}>
        <div className="flex">
          <NodeName id={id} name={data.name} className="text-[13px] font-semibold text-slate-900" />
        </div>
        <div className="truncate text-xs text-slate-600" title={`${data.contents} · ${data.place}`}>
          {data.contents}
        </div>
      </div>
      {data.quantity > 1 && <RackDividers quantity={data.quantity} />}
      <ConnectHandles name={data.name} connectable={data.hasPorts} />
    </div>
  );
});

/** Ticks along the bottom edge where one rack of a grouped node ends and the next begins: it covers that many floor slots. */
function RackDividers({ quantity }: { quantity: number }) {
  return (
    <div aria-hidden="true" className="pointer-events-none absolute inset-x-0 bottom-0 h-2">
      {Array.from({ length: quantity - 1 }, (_, i) => (
        <div key={i} className="absolute bottom-0 h-2 w-px bg-slate-400" style={{ left: (i + 1) * SLOT_PX - CELL_INSET.x }} />
      ))}
    </div>
  );
}
