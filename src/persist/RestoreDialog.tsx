/**
 * "Restore earlier version": the last revisions autosave kept and the copies kept from another
 * tab's conflict, newest first. Restoring one replaces the open design as one undoable step.
 */
import { useEffect, useState } from 'react';
import { useDesignStore, useDesignStoreApi } from '../store/designStoreContext.ts';
import { ModalDialog } from '../ui/ModalDialog.tsx';
import { listEarlierVersions, readEarlierVersion, type EarlierVersion } from './earlierVersions.ts';
import { persistStateOf } from './persistState.ts';

const time = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });

export function RestoreDialog({ onClose }: { onClose: () => void }) {
  const slots = persistStateOf(useDesignStoreApi()).getState().slots;
  const loadDesign = useDesignStore((s) => s.loadDesign);
  const [versions, setVersions] = useState<readonly EarlierVersion[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    if (!slots) return;
    listEarlierVersions(slots).then(setVersions, (err: unknown) => setFailure(`The earlier versions could not be read: ${err instanceof Error ? err.message : String(err)}`));
  }, [slots]);
  const restore = async (version: EarlierVersion) => {
    const stored = slots ? await readEarlierVersion(slots, version.key).catch(() => null) : null;
    if (stored?.kind !== 'design') return setFailure(`${version.name} (${time.format(version.savedAt)}) could not be read back.`);
    loadDesign(stored.design);
    onClose();
  };
  return (
    <ModalDialog title="Restore earlier version" onClose={onClose}>
      <p className="mb-3 text-slate-600">
        This browser keeps the last versions autosave folded away, and copies kept when another tab had saved the same design. Restoring one replaces the open design; press Ctrl+Z (⌘Z) to undo.
      </p>
      {!slots && <p>Autosave is not available in this browser, so there are no earlier versions.</p>}
      {versions?.length === 0 && <p>No earlier versions yet: they are kept as you keep working.</p>}
      <ul aria-label="Earlier versions" className="max-h-[50vh] space-y-1.5 overflow-y-auto">
        {versions?.map((version) => (
          <li key={version.key}>
            <button
              type="button"
              onClick={() => void restore(version)}
              className="w-full rounded-md border border-slate-200 px-3 py-2 text-left hover:border-sky-300 hover:bg-sky-50"
            >
              <span className="block font-medium text-slate-900">{version.name}</span>
              <span className="block text-[12px] text-slate-600">
                {version.copy ? 'Copy kept from this tab' : 'Saved'} {time.format(version.savedAt)}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {failure && (
        <p role="alert" className="mt-3 text-[12.5px] text-red-700">
          {failure}
        </p>
      )}
    </ModalDialog>
  );
}
