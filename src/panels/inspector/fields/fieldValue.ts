/**
 * Turns what a user typed into a value the design file accepts, or a sentence saying why not.
 * The limits come from the file's zod schemas, so the inspector and the file reader never disagree.
 */
import type { z } from 'zod';

export type FieldValue<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/**
 * A number field: empty text means "not set" (undefined), which optional fields accept and
 * required ones refuse; `schema` is e.g. `linkSchema.shape.count`.
 */
export function numberFieldValue<T extends number | undefined>(text: string, schema: z.ZodType<T>): FieldValue<T> {
  const trimmed = text.trim();
  const candidate = trimmed === '' ? undefined : Number(trimmed);
  if (candidate !== undefined && !Number.isFinite(candidate)) return { ok: false, message: 'Enter a number' };
  return checked(candidate, schema);
}

/** A text field; `required` refuses blank text (names), which the file format itself would allow. */
export function textFieldValue<T extends string | undefined>(text: string, schema: z.ZodType<T>, required = false): FieldValue<T> {
  if (required && text.trim() === '') return { ok: false, message: 'Enter a name' };
  return checked(text === '' && !required ? undefined : text, schema);
}

function checked<T>(candidate: unknown, schema: z.ZodType<T>): FieldValue<T> {
  const result = schema.safeParse(candidate);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  return { ok: false, message: issue ? sentence(issue, candidate) : 'Not a valid value' };
}

type Issue = z.core.$ZodIssue;

function sentence(issue: Issue, candidate: unknown): string {
  switch (issue.code) {
    case 'too_small':
      if (typeof candidate === 'string') return `Must be at least ${String(issue.minimum)} characters`;
      return issue.inclusive ? `Must be at least ${grouped.format(Number(issue.minimum))}` : `Must be more than ${grouped.format(Number(issue.minimum))}`;
    case 'too_big':
      if (typeof candidate === 'string') return `Must be at most ${String(issue.maximum)} characters`;
      return issue.inclusive ? `Must be at most ${grouped.format(Number(issue.maximum))}` : `Must be less than ${grouped.format(Number(issue.maximum))}`;
    case 'invalid_type':
      if (candidate === undefined) return 'Required';
      return issue.expected === 'int' ? 'Must be a whole number' : 'Enter a number';
    default:
      return issue.message;
  }
}
