/**
 * The palette: drag an item onto the canvas (into the container under the pointer), or press Enter
 * or click to place it in the selected container, or the newest one that may hold it.
 */
import type { DragEvent, ReactNode } from 'react';
import { canvasUi } from '../../canvas/canvasUi.ts';
import { BuildingIcon, GpuRackIcon, HallIcon, ManagementRackIcon, NetworkRackIcon, SwitchIcon } from '../icons.tsx';
import type { PaletteKind } from './placement.ts';

/** Drag data type: the kind travels in the type, so a drag-over can tell what is coming before the drop. */
export const PALETTE_MIME = 'application/x-fabric-palette';

const ITEMS: readonly { kind: PaletteKind; label: string; hint: string; icon: ReactNode; accent: string }[] = [
  { kind: 'building', label: 'Building', hint: 'on the campus', icon: <BuildingIcon />, accent: 'text-slate-700' },
  { kind: 'hall', label: 'Hall', hint: 'in a building', icon: <HallIcon />, accent: 'text-slate-700' },
  { kind: 'gpu-rack', label: 'GPU rack', hint: 'on a hall floor', icon: <GpuRackIcon />, accent: 'text-violet-600' },
  { kind: 'network-rack', label: 'Network rack', hint: 'on a hall floor', icon: <NetworkRackIcon />, accent: 'text-sky-700' },
  { kind: 'management-rack', label: 'Management rack', hint: 'on a hall floor', icon: <ManagementRackIcon />, accent: 'text-amber-700' },
  { kind: 'switch', label: 'Switch', hint: 'in a hall or rack', icon: <SwitchIcon />, accent: 'text-teal-700' },
];

export function paletteKindOf(types: readonly string[]): PaletteKind | null {
  const type = types.find((t) => t.startsWith(`${PALETTE_MIME}-`));
  const kind = type?.slice(PALETTE_MIME.length + 1);
  return ITEMS.find((i) => i.kind === kind)?.kind ?? null;
}

export function Palette({ onPlace }: { onPlace: (kind: PaletteKind) => void }) {
  const onDragStart = (e: DragEvent, kind: PaletteKind) => {
    e.dataTransfer.setData(`${PALETTE_MIME}-${kind}`, kind);
    e.dataTransfer.setData('text/plain', kind);
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <div role="toolbar" aria-label="Palette" aria-orientation="vertical" className="flex w-[128px] shrink-0 flex-col gap-1 border-r border-slate-200 bg-white p-2">
      <div className="px-1 pt-0.5 pb-1 text-[10px] font-semibold tracking-wider text-slate-500 uppercase">Place</div>
      {ITEMS.map((item) => (
        <button
          key={item.kind}
          type="button"
          draggable
          aria-label={item.label}
          onDragStart={(e) => onDragStart(e, item.kind)}
          onDragEnd={() => canvasUi.getState().setDropHint(null)}
          onClick={() => onPlace(item.kind)}
          title={`Drag onto the canvas, or press Enter to place ${item.hint}`}
          className="group flex cursor-grab flex-col items-center gap-1 rounded-md border border-slate-200 bg-slate-50 px-1 py-2 text-[11px] font-medium text-slate-700 hover:border-sky-300 hover:bg-sky-50 focus-visible:outline-2 focus-visible:outline-sky-500 active:cursor-grabbing"
        >
          <span className={item.accent}>{item.icon}</span>
          <span>{item.label}</span>
          <span className="text-[10px] font-normal text-slate-400">{item.hint}</span>
        </button>
      ))}
      <p className="mt-auto px-1 text-[10px] leading-4 text-slate-400">Drag a card’s right-edge grip to another card to connect them.</p>
    </div>
  );
}
