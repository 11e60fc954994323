/** The header's "Generate fabric" button, styled like its neighbours; the form outlives the dialog so reopening keeps what was typed. */
import { useState } from 'react';
import { HEADER_BUTTON } from '../ui/headerButton.ts';
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
        className={HEADER_BUTTON}
      >
        Generate fabric
      </button>
      {open && <GenerateFabricDialog form={form} onFormChange={setForm} onClose={() => setOpen(false)} />}
    </>
  );
}
