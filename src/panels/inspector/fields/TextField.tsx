/** A name or label, edited in place; names may not be blank, labels may be cleared. */
import type { z } from 'zod';
import { describedBy, Field, INPUT_CLASS } from './Field.tsx';
import { textFieldValue } from './fieldValue.ts';
import { useDraft } from './useDraft.ts';
import { useFieldIds } from './useFieldIds.ts';

interface Props<T extends string | undefined> {
  readonly label: string;
  readonly value: T;
  readonly schema: z.ZodType<T>;
  readonly onCommit: (value: T) => void;
  readonly required?: boolean;
  readonly placeholder?: string;
}

export function TextField<T extends string | undefined>({ label, value, schema, onCommit, required, placeholder }: Props<T>) {
  const ids = useFieldIds();
  const draft = useDraft<T>(value, (v) => v ?? '', (text) => textFieldValue(text, schema, required), onCommit);
  return (
    <Field ids={ids} label={label} message={draft.message}>
      <input
        {...describedBy(ids, undefined, draft.message)}
        type="text"
        autoComplete="off"
        value={draft.text}
        placeholder={placeholder}
        onChange={(e) => draft.onChange(e.target.value)}
        onBlur={draft.onBlur}
        onKeyDown={draft.onKeyDown}
        className={INPUT_CLASS}
      />
    </Field>
  );
}
