/**
 * "New design", "Open example" and "Restore earlier version". Each replaces the open design with `loadDesign`, one undoable
 * step: a mis-click is one Ctrl+Z away, which a dialog says before anything is replaced. (Start-up
 * and restore use `openDesign` instead: there is nothing before them to undo to.)
 */
import { useState } from 'react';
import { useDesignStore } from '../store/designStoreContext.ts';
import { fetchDesign } from '../store/openDesignUrl.ts';
import { HEADER_BUTTON } from '../ui/headerButton.ts';
import { ModalDialog } from '../ui/ModalDialog.tsx';
import { EXAMPLES, exampleUrl, newDesign, type Example } from './examples.ts';
import { RestoreDialog } from './RestoreDialog.tsx';

const primary = 'rounded border border-sky-700 bg-sky-600 px-3 py-1 text-[13px] font-medium text-white hover:bg-sky-700';
const secondary = 'rounded border border-slate-300 bg-white px-3 py-1 text-[13px] text-slate-700 hover:bg-slate-50';

export function DesignMenu() {
  const [open, setOpen] = useState<'new' | 'example' | 'restore' | null>(null);
  return (
    <>
      <button type="button" className={HEADER_BUTTON} onClick={() => setOpen('new')}>
        New design
      </button>
      <button type="button" className={HEADER_BUTTON} onClick={() => setOpen('example')}>
        Open example
      </button>
      {/* a short word keeps the header on one row; the name stays the dialog's title */}
      <button type="button" className={HEADER_BUTTON} aria-label="Restore earlier version" title="Restore earlier version: the revisions kept in this browser" onClick={() => setOpen('restore')}>
        Restore…
      </button>
      {open === 'new' && <NewDesignDialog onClose={() => setOpen(null)} />}
      {open === 'restore' && <RestoreDialog onClose={() => setOpen(null)} />}
      {open === 'example' && <ExampleDialog onClose={() => setOpen(null)} />}
    </>
  );
}

function ReplaceNote() {
  const name = useDesignStore((s) => s.design?.name);
  if (name === undefined) return null;
  return (
    <p className="mb-3 text-slate-600">
      This replaces <strong className="text-slate-900">{name}</strong>. It stays in undo history: press Ctrl+Z (⌘Z) to get it back.
    </p>
  );
}

function NewDesignDialog({ onClose }: { onClose: () => void }) {
  const loadDesign = useDesignStore((s) => s.loadDesign);
  return (
    <ModalDialog title="Start a new design?" onClose={onClose}>
      <ReplaceNote />
      <p className="mb-4 text-slate-600">The new design is an empty campus named &ldquo;Untitled fabric&rdquo; with the default plant settings; it is saved in this browser once it holds something.</p>
      <div className="flex justify-end gap-2">
        <button type="button" className={secondary} onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className={primary}
          onClick={() => {
            loadDesign(newDesign());
            onClose();
          }}
        >
          Start new design
        </button>
      </div>
    </ModalDialog>
  );
}

function ExampleDialog({ onClose }: { onClose: () => void }) {
  const loadDesign = useDesignStore((s) => s.loadDesign);
  const [failure, setFailure] = useState<string | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const open = async (example: Example) => {
    setOpening(example.id);
    const parsed = await fetchDesign(exampleUrl(import.meta.env.BASE_URL, example.id));
    setOpening(null);
    if (!parsed.ok) return setFailure(`${example.title} could not be opened: ${parsed.problems[0]?.message ?? 'unknown problem'}`);
    loadDesign(parsed.design);
    onClose();
  };
  return (
    <ModalDialog title="Open an example" onClose={onClose}>
      <ReplaceNote />
      <ul className="space-y-1.5">
        {EXAMPLES.map((example) => (
          <li key={example.id}>
            <button
              type="button"
              aria-label={`Open ${example.title}`}
              disabled={opening !== null}
              onClick={() => void open(example)}
              className="w-full rounded-md border border-slate-200 px-3 py-2 text-left hover:border-sky-300 hover:bg-sky-50 disabled:opacity-60"
            >
              <span className="block font-medium text-slate-900">{example.title}</span>
              <span className="block text-[12px] text-slate-600">{opening === example.id ? 'Opening…' : example.about}</span>
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
