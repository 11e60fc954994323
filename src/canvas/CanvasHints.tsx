/** What the canvas says while a gesture is under way: where a drop lands, why a connection cannot exist, how to start. */
import { useEffect, useState, type ReactNode } from 'react';
import { Panel, useConnection } from '@xyflow/react';
import { useDesignStoreApi } from '../store/designStoreContext.ts';
import { useCanvasUi } from './canvasUi.ts';

/** The canvas node under a screen point (React Flow draws nodes as siblings, the topmost first). */
export function nodeIdAt(clientX: number, clientY: number): string | null {
  for (const el of document.elementsFromPoint(clientX, clientY)) {
    const node = el.closest('.react-flow__node');
    if (node) return node.getAttribute('data-id');
  }
  return null;
}

export function CanvasHints({ connectionRefusal, empty }: { connectionRefusal: (a: string, b: string) => string | null; empty: boolean }) {
  const drop = useCanvasUi((s) => s.dropHint);
  const from = useConnection((c) => (c.inProgress ? c.fromNode.id : null));
  return (
    <>
      {drop && <Hint tone={drop.ok ? 'ok' : 'refused'}>{drop.message}</Hint>}
      {from && <ConnectionHint from={from} connectionRefusal={connectionRefusal} />}
      {empty && !drop && (
        <Panel position="top-center" className="pointer-events-none !top-1/3">
          <div className="max-w-sm rounded-lg border border-dashed border-slate-300 bg-white/80 px-5 py-4 text-center text-slate-600">
            <p className="font-semibold text-slate-800">An empty design</p>
            <p className="mt-1 text-xs leading-5">
              Drag a <b>Building</b> from the palette onto the canvas, then a hall into it, then racks and switches into the hall. Drag from a card’s
              right-edge grip to another card to connect them.
            </p>
          </div>
        </Panel>
      )}
    </>
  );
}

function ConnectionHint({ from, connectionRefusal }: { from: string; connectionRefusal: (a: string, b: string) => string | null }) {
  const [over, setOver] = useState<{ from: string; id: string | null }>({ from, id: null });
  const store = useDesignStoreApi();
  useEffect(() => {
    const track = (e: PointerEvent) => {
      const id = nodeIdAt(e.clientX, e.clientY);
      setOver((now) => (now.from === from && now.id === id ? now : { from, id }));
    };
    window.addEventListener('pointermove', track);
    return () => window.removeEventListener('pointermove', track);
  }, [from]);
  const target = over.from === from && over.id !== from ? over.id : null;
  // names do not change while a connection is being drawn
  const nameOf = (id: string) => store.getState().design?.nodes.find((n) => n.id === id)?.name ?? id;
  if (!target) return <Hint tone="neutral">Connecting from {nameOf(from)}: let go on another rack or switch</Hint>;
  const refusal = connectionRefusal(from, target);
  return refusal ? (
    <Hint tone="refused">{refusal}</Hint>
  ) : (
    <Hint tone="ok">
      Let go to choose optics for {nameOf(from)} → {nameOf(target)}
    </Hint>
  );
}

const TONE = {
  ok: 'border-emerald-300 bg-emerald-50 text-emerald-900',
  refused: 'border-red-300 bg-red-50 text-red-900',
  neutral: 'border-slate-300 bg-white text-slate-700',
} as const;

function Hint({ tone, children }: { tone: keyof typeof TONE; children: ReactNode }) {
  return (
    <Panel position="top-center" className="pointer-events-none">
      <div role="status" aria-live="polite" className={`flex items-center gap-2 rounded-md border px-3 py-1.5 text-xs font-medium shadow-sm ${TONE[tone]}`}>
        <span aria-hidden="true" className="font-bold">
          {tone === 'refused' ? '✕' : tone === 'ok' ? '✓' : '↗'}
        </span>
        <span>{children}</span>
      </div>
    </Panel>
  );
}
