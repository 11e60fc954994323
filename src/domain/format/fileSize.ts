/** The size cap of a design file, counted in UTF-8 bytes as stored on disk, not in characters. */
import type { Problem } from './problem.ts';

/** Files above this size are refused before parsing (a grouped 100k-GPU design is about 1 MB). */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

export function fileSizeProblem(bytes: number): Problem | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  return { path: '$', message: `file is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB` };
}

/** UTF-8 length of a string without encoding it (a lone surrogate counts 3, as TextEncoder writes U+FFFD). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
