/** A choice among known values (catalog models, roles, fiber grades): applied as soon as it is picked. */
import type { ReactNode } from 'react';
import { describedBy, Field, INPUT_CLASS, type FieldLayout } from './Field.tsx';
import { useFieldIds } from './useFieldIds.ts';

export interface Choice {
  readonly value: string;
  readonly label: string;
}

interface Props {
  readonly label: string;
  readonly value: string;
  readonly choices: readonly Choice[];
  readonly onChange: (value: string) => void;
  readonly hint?: ReactNode;
  readonly layout?: FieldLayout;
}

export function SelectField({ label, value, choices, onChange, hint, layout }: Props) {
  const ids = useFieldIds();
  return (
    <Field ids={ids} label={label} hint={hint} layout={layout}>
      <select {...describedBy(ids, hint, null)} value={value} onChange={(e) => onChange(e.target.value)} className={`${INPUT_CLASS} pr-6`}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
