/** What a CLI command reads and writes through (the terminal and files, or memory in tests), and the design loader. */
import { parseDesign } from '../domain/format/parseDesign.ts';
import type { Design } from '../domain/model/design.ts';
import { UsageError } from './args.ts';

export class ReadError extends Error {}

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readFile: (path: string) => string;
  readonly writeFile: (path: string, data: string | Uint8Array) => void;
}

export function loadDesign(path: string | undefined, io: Io): Design {
  if (!path) throw new UsageError('name a design file');
  let text: string;
  try {
    text = io.readFile(path);
  } catch (e) {
    throw new ReadError(`cannot read ${path}: ${(e as Error).message}`);
  }
  const parsed = parseDesign(text);
  if (!parsed.ok) throw new ReadError(`${path} is not a valid design:\n${parsed.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
  for (const w of parsed.warnings) io.err(`warning: ${w.path}: ${w.message}\n`);
  if (parsed.migratedFrom !== null) io.err(`note: ${path} was version ${parsed.migratedFrom}; read through migrations\n`);
  return parsed.design;
}

