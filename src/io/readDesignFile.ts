/** Reads a dropped or picked file as a design, refusing an oversized one before reading it into memory. */
import { fileSizeProblem } from '../domain/format/fileSize.ts';
import { parseDesign, type ParseResult } from '../domain/format/parseDesign.ts';
import type { ParseText } from '../store/openDesignUrl.ts';

export async function readDesignFile(file: Blob, parse: ParseText = parseDesign): Promise<ParseResult> {
  const tooLarge = fileSizeProblem(file.size);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  let text: string;
  try {
    text = await file.text();
  } catch (err) {
    return { ok: false, problems: [{ path: '$', message: `could not read the file: ${err instanceof Error ? err.message : String(err)}` }] };
  }
  return parse(text);
}
