/** Tells what the last import did: the problems of a refused file, or the notes of an accepted one. */
import { useStore } from 'zustand';
import { CURRENT_VERSION } from '../domain/format/designSchema.ts';
import type { Problem } from '../domain/format/problem.ts';
import { useDesignStoreApi } from '../store/designStoreContext.ts';
import { ModalDialog } from '../ui/ModalDialog.tsx';
import { dismissImportNotice, importNoticesOf } from './importNotice.ts';

export function ImportNoticeDialog() {
  const store = useDesignStoreApi();
  const notice = useStore(importNoticesOf(store), (s) => s.notice);
  const serial = useStore(importNoticesOf(store), (s) => s.serial);
  if (!notice) return null;
  const close = () => dismissImportNotice(store, notice);
  if (notice.kind === 'refused') {
    return (
      // keyed: a newer notice mounts a new <dialog>, shown as a modal even if the last one's is closing
      <ModalDialog key={serial} title={`Could not open ${notice.source}`} onClose={close}>
        <p className="mb-2">The open design was not changed. What is wrong, and where in the file:</p>
        <ProblemList problems={notice.problems} tone="error" />
      </ModalDialog>
    );
  }
  return (
    <ModalDialog key={serial} title={`Opened ${notice.source}`} onClose={close}>
      {notice.migratedFrom !== null && (
        <p className="mb-2">
          This file was migrated from version {notice.migratedFrom} to version {CURRENT_VERSION} of the format. Export it to keep it in the current version.
        </p>
      )}
      {notice.warnings.length > 0 && (
        <>
          <p className="mb-2">Parts of the file this version does not know were ignored:</p>
          <ProblemList problems={notice.warnings} tone="warning" />
        </>
      )}
    </ModalDialog>
  );
}

function ProblemList({ problems, tone }: { problems: readonly Problem[]; tone: 'error' | 'warning' }) {
  const colour = tone === 'error' ? 'border-red-200 bg-red-50 text-red-900' : 'border-amber-200 bg-amber-50 text-amber-900';
  return (
    <ul aria-label={tone === 'error' ? 'Problems' : 'Warnings'} className={`max-h-[50vh] space-y-1 overflow-y-auto rounded border p-2 ${colour}`}>
      {problems.map((p, i) => (
        <li key={i}>
          <code className="rounded bg-white/70 px-1 text-xs">{p.path}</code> {p.message}
        </li>
      ))}
    </ul>
  );
}
