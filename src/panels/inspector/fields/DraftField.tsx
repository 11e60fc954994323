/** The text box both edit-in-place fields share: its label, hint or message, and the draft it edits. */
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { describedBy, Field, INPUT_CLASS, type FieldLayout } from './Field.tsx';
import type { FieldValue } from './fieldValue.ts';
import { useDraft } from './useDraft.ts';
import { useFieldIds } from './useFieldIds.ts';

/** What the callers of an edit-in-place field give it. */
export interface SchemaFieldProps<T> {
  readonly label: string;
  readonly value: T;
  /** The field's schema from designSchema.ts; an optional one lets the field be emptied (back to the default). */
  readonly schema: z.ZodType<T>;
  readonly onCommit: (value: T) => void;
  /** Shown in an empty field, e.g. the value the engine uses instead. */
  readonly placeholder?: string;
}

interface Props<T> extends Omit<SchemaFieldProps<T>, 'schema'> {
  /** The draft's text for a value, and back: the value a text stands for, or why it is refused. */
  readonly show: (value: T) => string;
  readonly read: (text: string) => FieldValue<T>;
  readonly hint?: ReactNode;
  readonly layout?: FieldLayout;
  /** Right-aligned figures with a decimal keypad, and a unit after the box. */
  readonly numeric?: { readonly unit?: string };
}

export function DraftField<T>({ label, value, show, read, onCommit, placeholder, hint, layout, numeric }: Props<T>) {
  const ids = useFieldIds();
  const draft = useDraft<T>(value, show, read, onCommit);
  return (
    <Field ids={ids} label={label} hint={hint} message={draft.message} layout={layout}>
      <div className="flex items-center gap-1.5">
        <input
          {...describedBy(ids, hint, draft.message)}
          type="text"
          inputMode={numeric ? 'decimal' : undefined}
          autoComplete="off"
          value={draft.text}
          placeholder={placeholder}
          onChange={(e) => draft.onChange(e.target.value)}
          onBlur={draft.onBlur}
          onKeyDown={draft.onKeyDown}
          className={numeric ? `${INPUT_CLASS} text-right tabular-nums` : INPUT_CLASS}
        />
        {numeric?.unit && <span className="w-14 shrink-0 text-[12px] text-slate-500">{numeric.unit}</span>}
      </div>
    </Field>
  );
}
