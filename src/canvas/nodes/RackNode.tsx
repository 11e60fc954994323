/** A GPU, management or network rack (or N identical racks, drawn across their N slots); a rack holding switches becomes their container. */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { RACK } from '../layoutSizes.ts';
import { useCanvasUi, useDropRole } from '../canvasUi.ts';
import { SLOT_PX, CELL_INSET } from '../floorGrid.ts';
import type { RackFlowNode } from '../flowTypes.ts';
import { PORT_CARD_TEXT, PORT_NAME_ROW, portPanelRoomPx } from '../lod/portPanelFit.ts';
import { ConnectHandles } from './ConnectHandles.tsx';
import { DROP_RING } from './dropRing.ts';
import { NodeName } from './NodeName.tsx';
import { PortPanel } from './PortPanel.tsx';

/**
 * The kind's bar down the left edge, painted as the card's background image: an element per bar (and
 * per divider tick) would be a positioned layer each, and a 16k-GPU plan has hundreds of cards whose
 * layers Chromium walks for every pointer move and every viewport change.
 */
const ACCENT = {
  gpu: 'bg-[linear-gradient(to_right,var(--color-violet-500)_4px,transparent_4px)]',
  network: 'bg-[linear-gradient(to_right,var(--color-sky-600)_4px,transparent_4px)]',
  management: 'bg-[linear-gradient(to_right,var(--color-amber-500)_4px,transparent_4px)]',
} as const;

export const RackNode = memo(function RackNode({ id, data, selected, height }: NodeProps<RackFlowNode>) {
  const drop = useDropRole(id);
  const ports = useCanvasUi((s) => s.portDetail.has(id));
  const frame = drop ? DROP_RING[drop] : selected ? 'border-sky-500 ring-2 ring-sky-300' : 'border-slate-300';
  // A container's body stays see-through so runs between the switches inside it show.
  return (
    <div
      data-selected={String(selected)}
      data-kind={data.rackKind}
      className={`group relative h-full w-full rounded-md border shadow-sm ${ACCENT[data.rackKind]} ${data.holdsSwitches ? 'bg-slate-50/30' : 'bg-white'} ${frame}`}
    >
      <div
        className={`card-text rounded-t-md bg-white/95 pr-2.5 pl-3.5 ${ports ? PORT_CARD_TEXT : 'py-2'} ${data.holdsSwitches ? 'rack-header' : ''}`}
        style={data.holdsSwitches ? { height: RACK.header } : undefined}
      >
        <div className={`flex ${ports ? PORT_NAME_ROW : ''}`}>
          <NodeName id={id} name={data.name} hint={data.place} className="card-name text-[13px] font-semibold text-slate-900" />
        </div>
        {ports ? (
          <PortPanel id={id} name={data.name} roomPx={portPanelRoomPx(height ?? 0, data.holdsSwitches ? RACK.header : undefined)} />
        ) : (
          <div className="card-detail truncate text-xs text-slate-600" title={`${data.contents} · ${data.place}`}>
            {data.contents}
          </div>
        )}
      </div>
      {data.quantity > 1 && <RackDividers />}
      <ConnectHandles name={data.name} connectable={data.hasPorts} />
    </div>
  );
});

/**
 * Ticks along the bottom edge where one rack of a grouped node ends and the next begins: it covers
 * that many floor slots. One strip whose background repeats a tick every slot, from the first boundary
 * (the card starts CELL_INSET.x into its first slot) to the last inside the card.
 */
const DIVIDERS = { backgroundSize: `${SLOT_PX}px 100%`, backgroundPosition: `${SLOT_PX - CELL_INSET.x}px 0`, backgroundRepeat: 'repeat-x' } as const;

function RackDividers() {
  return (
    <div
      aria-hidden="true"
      className="pointer-events-none absolute inset-x-0 bottom-0 h-2 bg-[linear-gradient(to_right,var(--color-slate-400)_1px,transparent_1px)]"
      style={DIVIDERS}
    />
  );
}
