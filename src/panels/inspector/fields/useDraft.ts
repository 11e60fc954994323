/**
 * What an edit-in-place field needs: the text being typed (a draft) apart from the committed value,
 * committed on Enter or leaving the field only when it is valid; Escape returns to the value.
 * An invalid draft stays on screen with its message and never reaches the design.
 */
import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { FieldValue } from './fieldValue.ts';

export interface Draft {
  readonly text: string;
  readonly message: string | null;
  readonly onChange: (text: string) => void;
  readonly onBlur: (event: FocusEvent<HTMLInputElement>) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}

export function useDraft<T>(value: T, show: (value: T) => string, read: (text: string) => FieldValue<T>, onCommit: (value: T) => void): Draft {
  const [draft, setDraft] = useState<string | null>(null);
  const parsed = draft === null ? null : read(draft);
  const commit = () => {
    if (!parsed?.ok) return;
    setDraft(null);
    if (parsed.value !== value) onCommit(parsed.value);
  };
  return {
    text: draft ?? show(value),
    message: parsed && !parsed.ok ? parsed.message : null,
    onChange: setDraft,
    onBlur: commit,
    onKeyDown: (event) => {
      if (event.key === 'Enter') commit();
      if (event.key === 'Escape') setDraft(null);
    },
  };
}
