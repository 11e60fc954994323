/**
 * A node's name, renamed in place: double-click it (or press F2 on the selection), Enter keeps, Escape
 * cancels. Its tooltip gives the whole name and `hint` (where the node stands), which zoomed out is
 * the way to read what the card has no room for.
 */
import { useRef, useState } from 'react';
import { canvasUi, useCanvasUi } from '../canvasUi.ts';
import { useDesignStoreApi } from '../../store/designStoreContext.ts';

export function NodeName({ id, name, hint, className }: { id: string; name: string; hint?: string | null; className: string }) {
  const renaming = useCanvasUi((s) => s.renamingId === id);
  if (renaming) return <RenameField id={id} name={name} />;
  return (
    <span className={`truncate ${className}`} title={`${name}${hint ? ` · ${hint}` : ''} (double-click to rename)`} onDoubleClick={() => canvasUi.getState().startRename(id)}>
      {name}
    </span>
  );
}

function RenameField({ id, name }: { id: string; name: string }) {
  const store = useDesignStoreApi();
  const [value, setValue] = useState(name);
  const done = useRef(false);
  const finish = (keep: boolean) => {
    // leaving the field (blur) after Enter or Escape must not finish twice
    if (done.current) return;
    done.current = true;
    const trimmed = value.trim();
    if (keep && trimmed && trimmed !== name) store.getState().updateNode(id, { name: trimmed });
    canvasUi.getState().startRename(null);
  };
  return (
    <input
      aria-label={`Name of ${name}`}
      autoFocus
      value={value}
      maxLength={120}
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setValue(e.currentTarget.value)}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') finish(true);
        else if (e.key === 'Escape') finish(false);
      }}
      className="nodrag nopan nowheel visible min-w-0 flex-1 rounded border border-sky-400 bg-white px-1 text-[13px] font-semibold text-slate-900 outline-none ring-2 ring-sky-200"
    />
  );
}
