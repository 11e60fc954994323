/** A number in the design, edited in place and checked against the file format's limits. */
import type { ReactNode } from 'react';
import { DraftField, type SchemaFieldProps } from './DraftField.tsx';
import type { FieldLayout } from './Field.tsx';
import { numberFieldValue } from './fieldValue.ts';

interface Props<T extends number | undefined> extends SchemaFieldProps<T> {
  readonly unit?: string;
  readonly hint?: ReactNode;
  readonly layout?: FieldLayout;
}

const show = (value: number | undefined) => (value === undefined ? '' : String(value));

export function NumberField<T extends number | undefined>({ schema, unit, ...field }: Props<T>) {
  return <DraftField<T> {...field} show={show} read={(text) => numberFieldValue(text, schema)} numeric={{ unit }} />;
}
