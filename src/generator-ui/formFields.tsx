/** The dialog's labelled controls; each ties its message to the control (aria-describedby) so it is read out. */
import { useId, type ReactNode } from 'react';
import type { Choice } from './catalogChoices.ts';

const control =
  'h-8 w-full rounded-md border bg-white px-2 text-[13px] text-slate-900 shadow-xs outline-none focus:border-sky-500 focus:ring-2 focus:ring-sky-500/20 disabled:bg-slate-50 disabled:text-slate-400';
const borderOf = (error?: string) => (error ? 'border-red-400' : 'border-slate-300');

interface FieldProps {
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
  readonly className?: string;
}

function FieldFrame({ id, label, hint, error, className, children }: FieldProps & { id: string; children: ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-slate-700">
        {label}
      </label>
      {children}
      {error ? (
        <p id={`${id}-message`} className="mt-1 text-xs leading-snug text-red-700">
          {error}
        </p>
      ) : (
        hint && (
          <p id={`${id}-message`} className="mt-1 text-xs leading-snug text-slate-500">
            {hint}
          </p>
        )
      )}
    </div>
  );
}

export function NumberField({ value, onChange, suffix, placeholder, min, ...field }: FieldProps & {
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Unit or ratio tail drawn inside the box, e.g. "m" or ":1". */
  readonly suffix?: string;
  readonly placeholder?: string;
  readonly min?: number;
}) {
  const id = useId();
  return (
    <FieldFrame id={id} {...field}>
      <div className="relative">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={min}
          value={value}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={field.error ? true : undefined}
          aria-describedby={field.error || field.hint ? `${id}-message` : undefined}
          className={`${control} ${borderOf(field.error)} tabular-nums ${suffix ? 'pr-8' : ''}`}
        />
        {suffix && <span aria-hidden="true" className="pointer-events-none absolute inset-y-0 right-2 flex items-center text-xs text-slate-500">{suffix}</span>}
      </div>
    </FieldFrame>
  );
}

export function SelectField({ value, onChange, choices, emptyChoice, ...field }: FieldProps & {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly choices: readonly Choice[];
  /** A first option meaning "no fixed choice", with its label. */
  readonly emptyChoice?: string;
}) {
  const id = useId();
  return (
    <FieldFrame id={id} {...field}>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={field.error || field.hint ? `${id}-message` : undefined}
        className={`${control} ${borderOf(field.error)}`}
      >
        {emptyChoice !== undefined && <option value="">{emptyChoice}</option>}
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/**
 * A few exclusive options as a segmented control; native radios keep arrow-key movement and the group's
 * name. Each radio covers its segment, transparent, so pointer and keyboard both reach it.
 */
export function SegmentedField<T extends string>({ legend, value, onChange, options, className }: {
  readonly legend: string;
  readonly value: T;
  readonly onChange: (value: T) => void;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly className?: string;
}) {
  const name = useId();
  return (
    <fieldset className={className}>
      <legend className="mb-1 block text-xs font-medium text-slate-700">{legend}</legend>
      <div className="flex rounded-md border border-slate-300 bg-slate-50 p-0.5 shadow-xs">
        {options.map((o) => (
          <label
            key={o.value}
            className="relative flex h-7 flex-1 cursor-pointer items-center justify-center rounded px-2 text-xs font-medium whitespace-nowrap text-slate-600 select-none hover:text-slate-900 has-checked:bg-white has-checked:text-slate-900 has-checked:shadow-sm has-checked:ring-1 has-checked:ring-slate-200 has-focus-visible:ring-2 has-focus-visible:ring-sky-500"
          >
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} className="absolute inset-0 cursor-pointer opacity-0" />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function CheckboxField({ label, hint, checked, onChange }: { readonly label: string; readonly hint?: string; readonly checked: boolean; readonly onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="flex items-center gap-2 text-xs font-medium text-slate-700">
        <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={hint ? `${id}-message` : undefined} className="h-4 w-4 accent-sky-700" />
        {label}
      </label>
      {hint && (
        <p id={`${id}-message`} className="mt-1 text-xs leading-snug text-slate-500">
          {hint}
        </p>
      )}
    </div>
  );
}
