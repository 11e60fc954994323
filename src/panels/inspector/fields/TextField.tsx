/** A name or label, edited in place; names may not be blank, labels may be cleared. */
import { DraftField, type SchemaFieldProps } from './DraftField.tsx';
import { textFieldValue } from './fieldValue.ts';

interface Props<T extends string | undefined> extends SchemaFieldProps<T> {
  readonly required?: boolean;
}

export function TextField<T extends string | undefined>({ schema, required, ...field }: Props<T>) {
  return <DraftField<T> {...field} show={(v) => v ?? ''} read={(text) => textFieldValue(text, schema, required)} />;
}
