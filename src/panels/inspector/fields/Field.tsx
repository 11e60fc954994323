/** One labelled row of the inspector: label, control, then a hint or the reason the value is refused. */
import type { ReactNode } from 'react';

export interface FieldIds {
  readonly input: string;
  readonly hint: string;
  readonly message: string;
}

/** `row`: label beside the control; `stacked`: a small label above it, for grids of related numbers. */
export type FieldLayout = 'row' | 'stacked';

interface Props {
  readonly ids: FieldIds;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly message?: string | null;
  readonly layout?: FieldLayout;
  readonly children: ReactNode;
}

export function Field({ ids, label, hint, message, layout = 'row', children }: Props) {
  const stacked = layout === 'stacked';
  return (
    <div className={stacked ? 'min-w-0' : 'grid grid-cols-[7rem_minmax(0,1fr)] items-start gap-x-2 py-[3px]'}>
      <label htmlFor={ids.input} className={stacked ? 'mb-0.5 block truncate text-[11px] text-slate-500' : 'pt-[5px] text-[12px] leading-tight text-slate-600'}>
        {label}
      </label>
      <div className="min-w-0">
        {children}
        {message ? (
          <p id={ids.message} className="mt-0.5 text-[11px] leading-tight font-medium text-red-700">
            {message}
          </p>
        ) : (
          hint && (
            <p id={ids.hint} className="mt-0.5 text-[11px] leading-tight text-slate-500">
              {hint}
            </p>
          )
        )}
      </div>
    </div>
  );
}

export const INPUT_CLASS =
  'h-7 w-full min-w-0 rounded border border-slate-300 bg-white px-2 text-[13px] text-slate-900 shadow-xs outline-none placeholder:text-slate-400 focus:border-sky-500 focus:ring-2 focus:ring-sky-200 aria-invalid:border-red-500 aria-invalid:bg-red-50 aria-invalid:focus:ring-red-200';

/** ARIA wiring of a control to its hint and message. */
export function describedBy(ids: FieldIds, hint: unknown, message: string | null | undefined) {
  return {
    id: ids.input,
    'aria-invalid': message ? true : undefined,
    'aria-errormessage': message ? ids.message : undefined,
    'aria-describedby': message ? ids.message : hint ? ids.hint : undefined,
  };
}
