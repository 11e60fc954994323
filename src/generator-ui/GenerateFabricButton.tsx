/** The header's "Generate fabric" button, styled like its neighbours; the form outlives the dialog so reopening keeps what was typed. */
import { useState } from 'react';
import { INITIAL_FORM } from './fabricForm.ts';
import { GenerateFabricDialog } from './GenerateFabricDialog.tsx';

export function GenerateFabricButton() {
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState(INITIAL_FORM);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        className="rounded px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100"
      >
        Generate fabric
      </button>
      {open && <GenerateFabricDialog form={form} onFormChange={setForm} onClose={() => setOpen(false)} />}
    </>
  );
}
