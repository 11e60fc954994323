/**
 * The editor around the canvas: the palette, the toolbar, the dialogs (place, connect, help), the
 * keyboard and clipboard, and the toasts that say what happened or why something was refused.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { canvasUi } from '../canvas/canvasUi.ts';
import { FabricCanvas, type CanvasActions } from '../canvas/FabricCanvas.tsx';
import { freshId } from '../domain/edit/designEdits.ts';
import type { Design } from '../domain/model/design.ts';
import { redo, undo } from '../store/designStore.ts';
import { useDesignStoreApi } from '../store/designStoreContext.ts';
import { analysisOf } from '../store/useAnalysis.ts';
import { lastCopy, readClipboard, rememberCopy, writeClipboard } from './clipboardBridge.ts';
import { copySelection, deleteSelection, duplicateSelection, nudgeSelection, pasteText, selectAll, type CommandResult } from './commands.ts';
import { ConnectDialog, type LinkChoice } from './connect/ConnectDialog.tsx';
import { connectionRefusal } from './connect/connectionRefusal.ts';
import { linkDraft, type LinkDraft } from './connect/linkDraft.ts';
import { Palette } from './palette/Palette.tsx';
import { PlaceDialog } from './palette/PlaceDialog.tsx';
import { HelpDialog } from './shortcuts/HelpDialog.tsx';
import { isMacPlatform, type EditorAction } from './shortcuts/shortcutMap.ts';
import { Toaster } from './toasts/Toaster.tsx';
import { inform, refuse } from './toasts/toastStore.ts';
import { Toolbar } from './Toolbar.tsx';
import { usePlacement } from './usePlacement.ts';
import { useEditorKeys } from './useEditorKeys.ts';

const report = (result: CommandResult | null) => result && (result.ok ? inform(result.message) : refuse(result.message));

export function Editor({ design }: { design: Design }) {
  const store = useDesignStoreApi();
  const flow = useReactFlow();
  const placement = usePlacement();
  const [draft, setDraft] = useState<LinkDraft | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const mac = useMemo(() => isMacPlatform(navigator.platform), []);
  const catalog = analysisOf(design).catalog;

  const refusalFor = useCallback(
    (a: string, b: string) => {
      const current = store.getState().design;
      return current ? connectionRefusal(current, analysisOf(current).catalog, a, b) : 'There is no design';
    },
    [store],
  );
  const openConnect = useCallback(
    (a: string, b: string) => {
      const current = store.getState().design;
      if (!current) return;
      const refusal = refusalFor(a, b);
      if (refusal) return refuse(refusal);
      const found = linkDraft(current, analysisOf(current), a, b);
      if (found) setDraft(found);
    },
    [refusalFor, store],
  );
  const actions = useMemo<CanvasActions>(() => ({ onConnect: openConnect, connectionRefusal: refusalFor, notify: refuse }), [openConnect, refusalFor]);

  const createLink = (choice: LinkChoice) => {
    const current = store.getState().design;
    if (!current || !draft) return;
    const id = freshId(current, 'link');
    store.getState().connect({ id, a: draft.a.id, b: draft.b.id, count: choice.count, optic: choice.optic });
    store.getState().select({ linkId: id });
    setDraft(null);
  };

  const reveal = useCallback(
    (id: string) => {
      store.getState().select({ nodeId: id });
      void flow.fitView({ nodes: [{ id }], duration: 300, padding: 0.6, maxZoom: 1.2 });
    },
    [flow, store],
  );

  const paste = (text: string) => report(pasteText(store, text || lastCopy() || '', catalog));

  const run = (action: EditorAction) => {
    const { selected } = store.getState();
    switch (action) {
      case 'undo':
        return undo(store);
      case 'redo':
        return redo(store);
      case 'delete':
        return void report(deleteSelection(store));
      case 'duplicate':
        return void report(duplicateSelection(store, catalog));
      case 'copy':
      case 'cut': {
        const text = copySelection(store);
        if (!text) return refuse('Select racks, switches, halls or buildings to copy.');
        void writeClipboard(text);
        if (action === 'cut') deleteSelection(store);
        return inform(action === 'cut' ? 'Cut to the clipboard.' : 'Copied to the clipboard.');
      }
      case 'paste':
        return void readClipboard().then(paste);
      case 'select-all':
        return selectAll(store);
      case 'clear-selection':
        canvasUi.getState().startRename(null);
        return store.getState().select(null);
      case 'rename':
        if (selected.nodeIds.length === 1) canvasUi.getState().startRename(selected.nodeIds[0]!);
        return;
      case 'connect':
        if (selected.nodeIds.length !== 2) return refuse('Select two racks or switches (Shift+click) to connect them.');
        return openConnect(selected.nodeIds[0]!, selected.nodeIds[1]!);
      case 'find':
        return searchRef.current?.focus();
      case 'help':
        return setHelpOpen(true);
      case 'fit-view':
        return void flow.fitView({ padding: 0.08, duration: 300 });
      case 'zoom-in':
        return void flow.zoomIn({ duration: 200 });
      case 'zoom-out':
        return void flow.zoomOut({ duration: 200 });
      case 'toggle-snap':
        return canvasUi.getState().toggleSnap();
      case 'nudge-left':
        return void nudgeSelection(store, -1, 0);
      case 'nudge-right':
        return void nudgeSelection(store, 1, 0);
      case 'nudge-up':
        return void nudgeSelection(store, 0, -1);
      case 'nudge-down':
        return void nudgeSelection(store, 0, 1);
    }
  };

  useEditorKeys(
    run,
    {
      copy: () => {
        const text = copySelection(store);
        if (text) rememberCopy(text);
        return text;
      },
      afterCut: () => deleteSelection(store),
      paste,
    },
    mac,
  );

  return (
    <div className="flex h-full min-h-0">
      <Palette onPlace={placement.placeFromKeyboard} />
      <div className="flex min-w-0 flex-1 flex-col">
        <Toolbar run={run} searchRef={searchRef} onFind={reveal} mod={mac ? '⌘' : 'Ctrl+'} />
        <div className="relative min-h-0 flex-1" onDragOver={placement.onDragOver} onDragLeave={placement.onDragLeave} onDrop={placement.onDrop}>
          <FabricCanvas design={design} actions={actions} />
          <Toaster />
        </div>
      </div>
      {placement.pending && (
        <PlaceDialog
          design={design}
          catalog={catalog}
          kind={placement.pending.kind}
          where={placement.pending.where}
          onPlace={(options) => placement.commit(placement.pending!, options)}
          onClose={placement.cancel}
        />
      )}
      {draft && <ConnectDialog draft={draft} catalog={catalog} onConnect={createLink} onClose={() => setDraft(null)} />}
      {helpOpen && <HelpDialog mac={mac} onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
