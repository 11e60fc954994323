/** Reads a design file without trusting it: never throws, lists every problem with its JSON path. */
import { catalogWith } from '../catalog/catalog.ts';
import type { Design } from '../model/design.ts';
import { DEFAULT_SETTINGS } from '../model/defaultSettings.ts';
import { CURRENT_VERSION, designFileSchema, FORMAT_NAME } from './designSchema.ts';
import { dropForbiddenKeys } from './dropForbiddenKeys.ts';
import { expansionProblems, expansionTotals } from './expansionCaps.ts';
import { completeHandWritten } from './handWritten.ts';
import { fileSizeProblem, MAX_FILE_BYTES, utf8Bytes } from './fileSize.ts';
import { migrate } from './migrations.ts';
import { MAX_NESTING, nestsDeeperThan } from './nestingDepth.ts';
import { jsonPath, type Problem } from './problem.ts';
import { referenceProblems } from './referenceChecks.ts';
import { unknownKeys } from './unknownKeys.ts';

export type { Problem } from './problem.ts';
export { MAX_FILE_BYTES } from './fileSize.ts';

export type ParseResult =
  | { readonly ok: true; readonly design: Design; readonly warnings: readonly Problem[]; readonly migratedFrom: number | null }
  | { readonly ok: false; readonly problems: readonly Problem[] };

const fail = (path: string, message: string): ParseResult => ({ ok: false, problems: [{ path, message }] });

export function parseDesign(text: string): ParseResult {
  if (typeof text !== 'string') return fail('$', 'expected the text of a JSON file');
  // a byte-order mark is how some Windows editors start UTF-8; it is no part of the JSON
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const tooLarge = text.length * 3 > MAX_FILE_BYTES ? fileSizeProblem(utf8Bytes(text)) : null;
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  if (nestsDeeperThan(text, MAX_NESTING)) return fail('$', `nested too deeply: objects and arrays more than ${MAX_NESTING} levels deep`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail('$', `not valid JSON${text.trim() === '' ? ' (the file is empty)' : ''}: ${(e as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('$', 'expected a JSON object describing a design');
  const dropped = dropForbiddenKeys(raw);
  const doc = raw as Record<string, unknown>;
  if (doc.format !== FORMAT_NAME) {
    return fail('$.format', `not a fabric-designer file (expected "format": "${FORMAT_NAME}")`);
  }
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail('$.version', 'expected a whole version number');
  }
  if (version > CURRENT_VERSION) {
    return fail('$.version', `file version ${version} was written by a newer Fabric Designer; this one reads up to version ${CURRENT_VERSION}`);
  }
  const current = completeHandWritten(version < CURRENT_VERSION ? migrate(doc, version) : doc);

  const parsed = designFileSchema.safeParse(current);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.slice(0, 100).map((i) => ({ path: jsonPath(i.path), message: i.message })) };
  }
  const file = parsed.data;
  const problems = referenceProblems(file.nodes, file.links, file.catalog);
  if (problems.length) return { ok: false, problems: problems.slice(0, 100) };
  const tooBig = expansionProblems(expansionTotals(file.nodes, file.links, catalogWith(file.catalog)));
  if (tooBig.length) return { ok: false, problems: tooBig };

  const design: Design = {
    name: file.name,
    settings: { ...DEFAULT_SETTINGS, ...file.settings },
    nodes: file.nodes,
    links: file.links,
    catalog: file.catalog,
    prices: file.prices,
    layout: file.layout,
  };
  return { ok: true, design, warnings: [...dropped, ...unknownKeys(current, designFileSchema)], migratedFrom: version < CURRENT_VERSION ? version : null };
}
