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
      <SetAsideNotice
        label="Autosaved design damaged"
        headline="The design saved in this browser could not be read, so an example opened instead."
        kept="the damaged copy is kept"
        storageKey={notice.key}
        problem={notice.problems[0] && `${notice.problems[0].path}: ${notice.problems[0].message}`}
        download={{ label: 'Download the damaged copy', file: 'damaged-autosave.fabric.json', text: () => damagedCopyText(notice.raw) }}
        dismiss={dismiss}
      />
    );
  }
  if (notice?.kind === 'damaged-changes') {
    return (
      <SetAsideNotice
        label="Saved changes damaged"
        headline="The last changes saved in this browser could not be read, so the design opened as saved before them."
        kept="the unreadable changes are kept"
        storageKey={notice.key}
        download={{ label: 'Download the damaged changes', file: 'damaged-changes.json', text: () => damagedCopyText(notice.raw) }}
        dismiss={dismiss}
      />
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

/** Something unreadable found in storage and kept aside under its own key, with its download. */
function SetAsideNotice(props: {
  label: string;
  headline: string;
  /** What is kept, with its verb: "the damaged copy is kept". */
  kept: string;
  storageKey: string;
  problem?: string | undefined;
  download: { label: string; file: string; text: () => string };
  dismiss: () => void;
}) {
  const { download } = props;
  return (
    <div role="alert" aria-label={props.label} className="m-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-[12.5px] text-amber-950 shadow-sm">
      <p className="font-semibold">{props.headline}</p>
      <p className="mt-0.5">
        Nothing was deleted: {props.kept} in this browser as <code className="rounded bg-amber-100 px-1">{props.storageKey}</code>.
        {props.problem && <span className="text-amber-800"> ({props.problem})</span>}
      </p>
      <div className="mt-1.5 flex gap-2">
        <button type="button" className={`${button} border-amber-400 bg-white hover:bg-amber-100`} onClick={() => downloadText(download.text(), download.file, 'application/json')}>
          {download.label}
        </button>
        <button type="button" className={`${button} border-transparent hover:bg-amber-100`} onClick={props.dismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
