/** A number in the design, edited in place and checked against the file format's limits. */
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { describedBy, Field, INPUT_CLASS, type FieldLayout } from './Field.tsx';
import { numberFieldValue } from './fieldValue.ts';
import { useDraft } from './useDraft.ts';
import { useFieldIds } from './useFieldIds.ts';

interface Props<T extends number | undefined> {
  readonly label: string;
  readonly value: T;
  /** The field's schema from designSchema.ts; an optional one lets the field be emptied (back to the default). */
  readonly schema: z.ZodType<T>;
  readonly onCommit: (value: T) => void;
  readonly unit?: string;
  /** Shown in an empty optional field: the value the engine uses instead. */
  readonly placeholder?: string;
  readonly hint?: ReactNode;
  readonly layout?: FieldLayout;
}

const show = (value: number | undefined) => (value === undefined ? '' : String(value));

export function NumberField<T extends number | undefined>({ label, value, schema, onCommit, unit, placeholder, hint, layout }: Props<T>) {
  const ids = useFieldIds();
  const draft = useDraft<T>(value, show, (text) => numberFieldValue(text, schema), onCommit);
  return (
    <Field ids={ids} label={label} hint={hint} message={draft.message} layout={layout}>
      <div className="flex items-center gap-1.5">
        <input
          {...describedBy(ids, hint, draft.message)}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={draft.text}
          placeholder={placeholder}
          onChange={(e) => draft.onChange(e.target.value)}
          onBlur={draft.onBlur}
          onKeyDown={draft.onKeyDown}
          className={`${INPUT_CLASS} text-right tabular-nums`}
        />
        {unit && <span className="w-14 shrink-0 text-[12px] text-slate-500">{unit}</span>}
      </div>
    </Field>
  );
}
