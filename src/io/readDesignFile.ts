/** Reads a dropped or picked file as a design, refusing an oversized one before reading it into memory. */
import { fileSizeProblem } from '../domain/format/fileSize.ts';
import { parseDesign, type ParseResult } from '../domain/format/parseDesign.ts';
import type { Problem } from '../domain/format/problem.ts';
import type { ParseText } from '../store/openDesignUrl.ts';

export async function readDesignFile(file: Blob, parse: ParseText = parseDesign): Promise<ParseResult> {
  const read = await readFileText(file);
  return read.ok ? parse(read.text) : read;
}

/** The file's text, unless it is too large to be a design or cannot be read. */
export async function readFileText(file: Blob): Promise<{ readonly ok: true; readonly text: string } | { readonly ok: false; readonly problems: Problem[] }> {
  const tooLarge = fileSizeProblem(file.size);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  try {
    return { ok: true, text: await file.text() };
  } catch (err) {
    return { ok: false, problems: [{ path: '$', message: `could not read the file: ${err instanceof Error ? err.message : String(err)}` }] };
  }
}
