import { useId } from 'react';
import type { FieldIds } from './Field.tsx';

export function useFieldIds(): FieldIds {
  const id = useId();
  return { input: `${id}-input`, hint: `${id}-hint`, message: `${id}-message` };
}
