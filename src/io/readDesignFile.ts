/** Reads a dropped or picked file as a design, refusing an oversized one before reading it into memory. */
import { MAX_FILE_BYTES, parseDesign, type ParseResult } from '../domain/format/parseDesign.ts';
import type { Problem } from '../domain/format/problem.ts';

export function fileSizeProblem(bytes: number): Problem | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  return { path: '$', message: `file is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB` };
}

export async function readDesignFile(file: Blob): Promise<ParseResult> {
  const tooLarge = fileSizeProblem(file.size);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  let text: string;
  try {
    text = await file.text();
  } catch (err) {
    return { ok: false, problems: [{ path: '$', message: `could not read the file: ${err instanceof Error ? err.message : String(err)}` }] };
  }
  return parseDesign(text);
}
