/**
 * What an autosave holds: the design in its public file format (so a saved design goes through
 * the same validation and migrations as a file), with when it was saved, its name for messages,
 * and the revision of the last change folded into it (see changeLog.ts).
 */
import { parseDesign } from '../domain/format/parseDesign.ts';
import type { Problem } from '../domain/format/problem.ts';
import { serializeDesign } from '../domain/format/serializeDesign.ts';
import type { Design } from '../domain/model/design.ts';

export const RECORD_KIND = 'fabric-designer-autosave';

export interface AutosaveRecord {
  readonly kind: typeof RECORD_KIND;
  readonly savedAt: number;
  readonly name: string;
  readonly text: string;
  /** Absent in records written before the change log: revision 0. */
  readonly revision?: number;
}

export type StoredDesign =
  | { readonly kind: 'none' }
  | { readonly kind: 'design'; readonly design: Design; readonly record: AutosaveRecord }
  | { readonly kind: 'damaged'; readonly problems: readonly Problem[] };

/** The record for a design; throws if the design cannot be written (the caller keeps the previous save). */
export function recordOf(design: Design, savedAt: number, text = serializeDesign(design), revision = 0): AutosaveRecord {
  return { kind: RECORD_KIND, savedAt, name: design.name, text, revision };
}

/** Reads whatever a slot returned without trusting it. */
export function readStored(value: unknown): StoredDesign {
  if (value === undefined) return { kind: 'none' };
  if (!isRecord(value)) return { kind: 'damaged', problems: [{ path: '$', message: 'not an autosaved design record' }] };
  const parsed = parseDesign(value.text);
  if (!parsed.ok) return { kind: 'damaged', problems: parsed.problems };
  return { kind: 'design', design: parsed.design, record: value };
}

function isRecord(value: unknown): value is AutosaveRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return r.kind === RECORD_KIND && typeof r.text === 'string' && typeof r.savedAt === 'number' && typeof r.name === 'string';
}
