/**
 * How the page reads a design it is about to open: read in a worker (a file's text, or a bundled
 * file the worker downloads), then its first view derived in steps (prepareView), so that opening a
 * big design never freezes the page. A refused file comes back as it is; nothing reaches the store
 * until the caller applies the result.
 */
import type { ParseResult } from '../domain/format/parseDesign.ts';
import { designReader } from './parseInWorker.ts';
import { prepareView } from './prepareView.ts';

export function forView<T>(read: (from: T) => Promise<ParseResult>): (from: T) => Promise<ParseResult> {
  return async (from: T): Promise<ParseResult> => {
    const result = await read(from);
    if (result.ok) await prepareView(result.design);
    return result;
  };
}

export const parseForView = forView(designReader.parseText);

/** A bundled file's address to a design ready to open (`fetchDesign`'s messages when it cannot be read). */
export const readUrlForView = forView(designReader.readUrl);
