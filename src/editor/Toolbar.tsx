/** The bar above the canvas: undo and redo, the selection's commands, view controls, find and help. */
import type { ReactNode, Ref } from 'react';
import { useStore } from 'zustand';
import { useCanvasUi } from '../canvas/canvasUi.ts';
import { useDesignStore, useDesignStoreApi } from '../store/designStoreContext.ts';
import { ConnectIcon, CopyIcon, DuplicateIcon, FitIcon, GridIcon, HelpIcon, PasteIcon, RedoIcon, TrashIcon, UndoIcon } from './icons.tsx';
import { SearchBox } from './search/SearchBox.tsx';
import type { EditorAction } from './shortcuts/shortcutMap.ts';

export function Toolbar({ run, searchRef, onFind, mod }: { run: (action: EditorAction) => void; searchRef: Ref<HTMLInputElement>; onFind: (id: string) => void; mod: string }) {
  const store = useDesignStoreApi();
  const canUndo = useStore(store.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(store.temporal, (s) => s.futureStates.length > 0);
  const nodesSelected = useDesignStore((s) => s.selected.nodeIds.length);
  const anySelected = useDesignStore((s) => s.selected.nodeIds.length + s.selected.linkIds.length > 0);
  const snap = useCanvasUi((s) => s.snapToGrid);
  return (
    <div role="toolbar" aria-label="Editor" className="flex h-10 shrink-0 items-center gap-1 border-b border-slate-200 bg-white px-2">
      <ToolButton label="Undo" keys={`${mod}Z`} disabled={!canUndo} onClick={() => run('undo')}>
        <UndoIcon />
      </ToolButton>
      <ToolButton label="Redo" keys={`${mod}Shift+Z`} disabled={!canRedo} onClick={() => run('redo')}>
        <RedoIcon />
      </ToolButton>
      <Divider />
      <ToolButton label="Delete" keys="Delete" disabled={!anySelected} onClick={() => run('delete')}>
        <TrashIcon />
      </ToolButton>
      <ToolButton label="Duplicate" keys={`${mod}D`} disabled={!nodesSelected} onClick={() => run('duplicate')}>
        <DuplicateIcon />
      </ToolButton>
      <ToolButton label="Copy" keys={`${mod}C`} disabled={!nodesSelected} onClick={() => run('copy')}>
        <CopyIcon />
      </ToolButton>
      <ToolButton label="Paste" keys={`${mod}V`} onClick={() => run('paste')}>
        <PasteIcon />
      </ToolButton>
      <Divider />
      <ToolButton label="Connect" keys="C" disabled={nodesSelected !== 2} onClick={() => run('connect')} text="Connect">
        <ConnectIcon />
      </ToolButton>
      <Divider />
      <ToolButton label="Fit view" keys="Shift+1" onClick={() => run('fit-view')}>
        <FitIcon />
      </ToolButton>
      <ToolButton label="Snap to grid" keys="G" pressed={snap} onClick={() => run('toggle-snap')}>
        <GridIcon />
      </ToolButton>
      <div className="ml-auto flex items-center gap-2">
        <SearchBox ref={searchRef} onPick={onFind} />
        <ToolButton label="Keyboard shortcuts and help" keys="?" onClick={() => run('help')} text="Help">
          <HelpIcon />
        </ToolButton>
      </div>
    </div>
  );
}

function ToolButton({
  label,
  keys,
  disabled,
  pressed,
  onClick,
  text,
  children,
}: {
  label: string;
  keys: string;
  disabled?: boolean;
  pressed?: boolean;
  onClick: () => void;
  text?: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={keys.replace(/⌘/g, 'Meta+').replace(/Ctrl\+/g, 'Control+')}
      title={`${label} (${keys})`}
      disabled={disabled}
      onClick={onClick}
      className={`flex h-7 items-center gap-1.5 rounded-md px-1.5 text-xs font-medium text-slate-700 hover:bg-slate-100 disabled:cursor-default disabled:text-slate-300 disabled:hover:bg-transparent ${
        pressed ? 'bg-sky-50 text-sky-700 ring-1 ring-sky-300 hover:bg-sky-100' : ''
      }`}
    >
      {children}
      {text && <span>{text}</span>}
    </button>
  );
}

const Divider = () => <span aria-hidden="true" className="mx-1 h-5 w-px bg-slate-200" />;
