/** Another tab saved this design since this tab read it: says so in plain words and offers the three ways on. */
import { useState } from 'react';
import { useDesignStoreApi } from '../store/designStoreContext.ts';
import { keepAsCopy, openNewer, overwriteOther } from './conflictChoices.ts';

const button = 'rounded border px-2 py-0.5 text-[12px] font-medium shadow-xs disabled:opacity-60';

export function ConflictNotice() {
  const store = useDesignStoreApi();
  const [busy, setBusy] = useState(false);
  const run = (choice: () => Promise<unknown>) => {
    setBusy(true);
    void choice().finally(() => setBusy(false));
  };
  return (
    <div role="alert" aria-label="Changed in another tab" className="m-3 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-[12.5px] text-red-950 shadow-sm">
      <p className="font-semibold">This design was saved in another tab or window after this tab opened it.</p>
      <p className="mt-0.5">Your latest change here is not saved yet, and nothing is saved from this tab until you choose. Nothing is lost either way.</p>
      <div className="mt-1.5 flex flex-wrap gap-2">
        <button type="button" disabled={busy} className={`${button} border-red-300 bg-white hover:bg-red-100`} onClick={() => run(() => openNewer(store))}>
          Open the newer design
        </button>
        <button type="button" disabled={busy} className={`${button} border-red-300 bg-white hover:bg-red-100`} onClick={() => run(() => keepAsCopy(store))}>
          Keep this one as a copy, then open the newer one
        </button>
        <button type="button" disabled={busy} className={`${button} border-red-400 bg-white hover:bg-red-100`} onClick={() => run(() => overwriteOther(store))}>
          Save this one over it
        </button>
      </div>
      <p className="mt-1 text-red-800">A copy, and a design saved over, are listed under Restore earlier version.</p>
    </div>
  );
}
