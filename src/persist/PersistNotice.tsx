/**
 * What start-up or autosave found that the user must know: a damaged save or damaged changes set
 * aside, a design kept, another tab's save, autosave failing (storage full) or off.
 */
import { useStore } from 'zustand';
import { serializeDesign } from '../domain/format/serializeDesign.ts';
import { downloadText } from '../io/downloadFile.ts';
import { designFileName } from '../io/fileNames.ts';
import { useDesignStoreApi } from '../store/designStoreContext.ts';
import { ConflictNotice } from './ConflictNotice.tsx';
import { damagedCopyText } from './damagedCopy.ts';
import { persistStateOf } from './persistState.ts';
import { reopenPrevious } from './reopenPrevious.ts';

const button = 'rounded border px-2 py-0.5 text-[12px] font-medium shadow-xs';
const time = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function PersistNotice() {
  const store = useDesignStoreApi();
  const persist = persistStateOf(store);
  const notice = useStore(persist, (s) => s.notice);
  const status = useStore(persist, (s) => s.status);
  const dismiss = () => persist.setState({ notice: null });
  if (status.kind === 'conflict') return <ConflictNotice />;
  if (notice?.kind === 'damaged') {
    return (
      <div role="alert" aria-label="Autosaved design damaged" className="m-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-[12.5px] text-amber-950 shadow-sm">
        <p className="font-semibold">The design saved in this browser could not be read, so an example opened instead.</p>
        <p className="mt-0.5">
          Nothing was deleted: the damaged copy is kept in this browser as <code className="rounded bg-amber-100 px-1">{notice.key}</code>.
          {notice.problems[0] && <span className="text-amber-800"> ({notice.problems[0].path}: {notice.problems[0].message})</span>}
        </p>
        <div className="mt-1.5 flex gap-2">
          <button type="button" className={`${button} border-amber-400 bg-white hover:bg-amber-100`} onClick={() => downloadText(damagedCopyText(notice.raw), 'damaged-autosave.fabric.json', 'application/json')}>
            Download the damaged copy
          </button>
          <button type="button" className={`${button} border-transparent hover:bg-amber-100`} onClick={dismiss}>
            Dismiss
          </button>
        </div>
      </div>
    );
  }
  if (notice?.kind === 'damaged-changes') {
    return (
      <div role="alert" aria-label="Saved changes damaged" className="m-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-[12.5px] text-amber-950 shadow-sm">
        <p className="font-semibold">The last changes saved in this browser could not be read, so the design opened as saved before them.</p>
        <p className="mt-0.5">
          Nothing was deleted: the unreadable changes are kept in this browser as <code className="rounded bg-amber-100 px-1">{notice.key}</code>.
        </p>
        <div className="mt-1.5 flex gap-2">
          <button type="button" className={`${button} border-amber-400 bg-white hover:bg-amber-100`} onClick={() => downloadText(damagedCopyText(notice.raw), 'damaged-changes.json', 'application/json')}>
            Download the damaged changes
          </button>
          <button type="button" className={`${button} border-transparent hover:bg-amber-100`} onClick={dismiss}>
            Dismiss
          </button>
        </div>
      </div>
    );
  }
  if (notice?.kind === 'kept-previous') {
    return (
      <div role="status" aria-label="Previous design kept" className="m-3 flex items-center gap-3 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-[12.5px] text-sky-950 shadow-sm">
        <p className="min-w-0 flex-1">
          Opened the design from the link. Your previous design <strong>{notice.name}</strong> (saved {time.format(notice.savedAt)}) is kept.
        </p>
        <button type="button" className={`${button} border-sky-300 bg-white hover:bg-sky-100`} onClick={() => void reopenPrevious(store)}>
          Reopen {notice.name}
        </button>
        <button type="button" aria-label="Dismiss" className={`${button} border-transparent hover:bg-sky-100`} onClick={dismiss}>
          Dismiss
        </button>
      </div>
    );
  }
  if (status.kind === 'off' || status.kind === 'failed') {
    const download = () => {
      const design = store.getState().design;
      if (design) downloadText(serializeDesign(design), designFileName(design.name), 'application/json');
    };
    return (
      <div role="alert" aria-label="Autosave problem" className="m-3 flex items-center gap-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-[12.5px] text-red-900 shadow-sm">
        <p className="min-w-0 flex-1">{status.message}. Download the design to keep your changes.</p>
        <button type="button" className={`${button} border-red-300 bg-white hover:bg-red-100`} onClick={download}>
          Download the design
        </button>
      </div>
    );
  }
  return null;
}
