/** A switch or a group of identical switches: name and count on top, role and model below. */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { SwitchRole } from '../../domain/model/design.ts';
import { useCanvasUi } from '../canvasUi.ts';
import type { SwitchFlowNode } from '../flowTypes.ts';
import { PORT_CARD_TEXT, PORT_NAME_ROW, portPanelRoomPx } from '../lod/portPanelFit.ts';
import { ConnectHandles } from './ConnectHandles.tsx';
import { NodeName } from './NodeName.tsx';
import { PortPanel } from './PortPanel.tsx';

const ROLE_ACCENT: Record<SwitchRole, { bar: string; text: string }> = {
  leaf: { bar: 'bg-teal-600', text: 'text-teal-700' },
  spine: { bar: 'bg-indigo-600', text: 'text-indigo-700' },
  core: { bar: 'bg-fuchsia-600', text: 'text-fuchsia-700' },
  border: { bar: 'bg-orange-500', text: 'text-orange-700' },
  management: { bar: 'bg-slate-500', text: 'text-slate-600' },
};

export const SwitchNode = memo(function SwitchNode({ id, data, selected, height }: NodeProps<SwitchFlowNode>) {
  const accent = ROLE_ACCENT[data.role];
  const ports = useCanvasUi((s) => s.portDetail.has(id));
  return (
    <div data-selected={String(selected)} data-kind={data.role} className={`group relative flex h-full w-full rounded-md border bg-white shadow-sm ${selected ? 'border-sky-500 ring-2 ring-sky-300' : 'border-slate-300'}`}>
      <div className={`w-1 shrink-0 rounded-l-md ${accent.bar}`} />
      <div className={`card-text min-w-0 flex-1 px-2.5 ${ports ? PORT_CARD_TEXT : 'py-1.5'}`}>
        <div className={`flex items-baseline justify-between gap-2 ${ports ? PORT_NAME_ROW : ''}`}>
          <NodeName id={id} name={data.name} hint={data.place} className="card-name text-[13px] font-semibold text-slate-900" />
          <span className="card-name shrink-0 rounded bg-slate-100 px-1 text-[11px] text-slate-600 tabular-nums">×{data.quantity}</span>
        </div>
        {ports ? (
          <PortPanel id={id} name={data.name} roomPx={portPanelRoomPx(height ?? 0)} />
        ) : (
          <div className="card-detail line-clamp-2 text-[11px] leading-3.5 text-slate-600" title={data.place ? `${data.modelName} · ${data.place}` : data.modelName}>
            <span className={`font-semibold uppercase ${accent.text}`}>{data.role}</span> · {data.modelName}
          </div>
        )}
      </div>
      <ConnectHandles name={data.name} connectable />
    </div>
  );
});
