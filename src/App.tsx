import { useDeferredValue } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { DesignIo } from './io/DesignIo.tsx';
import { Editor } from './editor/Editor.tsx';
import { SIDE_PANEL_BOX, SidePanel } from './panels/SidePanel.tsx';
import { PersistNotice } from './persist/PersistNotice.tsx';
import type { DesignStore } from './store/designStore.ts';
import { DesignStoreContext, useDesignStore } from './store/designStoreContext.ts';
import { AppHeader } from './ui/AppHeader.tsx';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';
import { LoadErrorView } from './ui/LoadErrorView.tsx';

export function App({ store }: { store: DesignStore }) {
  return (
    <DesignStoreContext.Provider value={store}>
      <ReactFlowProvider>
        <div className="flex h-screen flex-col bg-slate-100 text-[13px] text-slate-900">
          <AppHeader />
          <Workspace />
          <DesignIo />
        </div>
      </ReactFlowProvider>
    </DesignStoreContext.Provider>
  );
}

function Workspace() {
  const design = useDesignStore((s) => s.design);
  const loadError = useDesignStore((s) => s.loadError);
  // the side panel mounts in a render of its own after the canvas has drawn the first design: one
  // commit of both was the longest task of opening a big design (it reads the store itself after
  // that); its box stands there meanwhile, so the canvas is fitted at the size it keeps
  const panelShown = useDeferredValue(design !== null);
  return (
    <main className="flex min-h-0 flex-1">
      <div className="relative min-w-0 flex-1">
        <div className="absolute inset-x-0 top-11 z-20 mx-auto max-w-3xl">
          <PersistNotice />
        </div>
        {loadError && <LoadErrorView error={loadError} />}
        {!design && !loadError && (
          <p role="status" className="p-6 text-slate-500">
            Opening the example design…
          </p>
        )}
        {design && !loadError && (
          <ErrorBoundary what="the canvas">
            <Editor design={design} />
          </ErrorBoundary>
        )}
      </div>
      {design && !loadError && (panelShown ? (
        <ErrorBoundary what="the design summary">
          <SidePanel />
        </ErrorBoundary>
      ) : <div className={SIDE_PANEL_BOX} />)}
    </main>
  );
}
