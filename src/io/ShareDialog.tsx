/** Packs the design into a link and copies it; shows the link to copy by hand when the clipboard is refused. */
import { useEffect, useState } from 'react';
import { encodeShareFragment } from '../domain/format/shareLink.ts';
import type { Design } from '../domain/model/design.ts';
import { ModalDialog } from '../ui/ModalDialog.tsx';
import { shareUrl } from './shareUrl.ts';

type ShareState =
  | { readonly step: 'packing' }
  | { readonly step: 'copied' | 'copy-refused'; readonly url: string }
  | { readonly step: 'too-long'; readonly reason: string };

export function ShareDialog({ design, onClose, onExport }: { design: Design; onClose: () => void; onExport: () => void }) {
  const [state, setState] = useState<ShareState>({ step: 'packing' });
  useEffect(() => {
    let live = true;
    void (async () => {
      const packed = await encodeShareFragment(design);
      if (!live) return;
      if (!packed.ok) return setState({ step: 'too-long', reason: packed.reason });
      const url = shareUrl(window.location, packed.fragment);
      let copied = false;
      try {
        await navigator.clipboard.writeText(url);
        copied = true;
      } catch {
        // denied, or no clipboard outside a secure context: the field below is the way
      }
      if (live) setState({ step: copied ? 'copied' : 'copy-refused', url });
    })();
    return () => {
      live = false;
    };
  }, [design]);

  return (
    <ModalDialog title="Share link" onClose={onClose}>
      {state.step === 'packing' && <p role="status">Packing the design into a link…</p>}
      {state.step === 'too-long' && (
        <div role="alert">
          <p className="mb-3">This design is too large for a link: {state.reason}.</p>
          <button type="button" onClick={onExport} className="rounded bg-slate-800 px-3 py-1.5 text-xs font-medium text-white hover:bg-slate-700">
            Export file instead
          </button>
        </div>
      )}
      {(state.step === 'copied' || state.step === 'copy-refused') && (
        <>
          <p role="status" className="mb-2">
            {state.step === 'copied'
              ? 'Link copied to the clipboard. Anyone who opens it sees this design; nothing is sent to a server.'
              : 'The browser did not allow copying. Select the link below and copy it (Ctrl+C or Cmd+C).'}
          </p>
          <input
            readOnly
            aria-label="Link to this design"
            value={state.url}
            onFocus={(e) => e.currentTarget.select()}
            className="w-full rounded border border-slate-300 px-2 py-1 font-mono text-xs"
          />
          <p className="mt-2 text-xs text-slate-500">{state.url.length.toLocaleString('en-US')} characters.</p>
        </>
      )}
    </ModalDialog>
  );
}
