/** A unit price: editable (checked as typed, saved on Enter or leaving the field) or shown as text. */
import { useId, useState } from 'react';
import { formatMoney } from './formatMoney.ts';
import { parsePrice } from './parsePrice.ts';
import { ownEntry } from '../../domain/ownTable.ts';

export interface PriceEditing {
  readonly prices: Readonly<Record<string, number>>;
  /** Absent on paper: prices are shown, not edited. */
  readonly onChange?: (item: string, price: number | null) => void;
}

export function PriceCell({ item, name, editing }: { item: string; name: string; editing: PriceEditing }) {
  const saved = ownEntry(editing.prices, item);
  const [draft, setDraft] = useState<string | null>(null);
  const messageId = useId();
  const { onChange } = editing;
  if (!onChange) return <>{saved === undefined ? '—' : formatMoney(saved)}</>;
  const checked = draft === null ? null : parsePrice(draft);
  const commit = () => {
    if (!checked?.ok) return;
    if (checked.price !== (saved ?? null)) onChange(item, checked.price);
    setDraft(null);
  };
  return (
    <div className="flex flex-col items-end">
      <input
        aria-label={`Unit price of ${name}`}
        aria-invalid={checked?.ok === false}
        aria-describedby={checked?.ok === false ? messageId : undefined}
        inputMode="decimal"
        placeholder="—"
        value={draft ?? (saved === undefined ? '' : String(saved))}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape' && draft !== null) {
            e.preventDefault();
            setDraft(null);
          }
        }}
        className="w-24 rounded border border-slate-300 px-1.5 py-0.5 text-right tabular-nums aria-invalid:border-red-500 aria-invalid:bg-red-50"
      />
      {checked?.ok === false && (
        <span id={messageId} role="alert" className="mt-0.5 max-w-40 text-right text-[11px] leading-tight whitespace-normal text-red-700">
          {checked.message}
        </span>
      )}
    </div>
  );
}
