/** Reads a design file for the CLI: the size cap is checked on the file's bytes before they are read. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { fileSizeProblem, MAX_FILE_BYTES } from '../domain/format/fileSize.ts';

const CHUNK = 1 << 20;

/** The file's text; throws an Error whose message says why it cannot be read. */
export function readDesignText(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new Error('it is a directory');
    const tooLarge = fileSizeProblem(stat.size);
    if (tooLarge) throw new Error(tooLarge.message);
    // pipes and devices report no size: read up to one byte past the cap and stop there
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const n = readSync(fd, chunk, 0, CHUNK, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > MAX_FILE_BYTES) throw new Error(fileSizeProblem(total)!.message);
    }
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks, total));
    } catch {
      throw new Error('it is not UTF-8 text');
    }
  } finally {
    closeSync(fd);
  }
}
