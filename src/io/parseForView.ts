/**
 * How the page reads a design it is about to open: parsed in a worker, then its first view derived
 * in steps (prepareView), so that opening a big design never freezes the page. A refused file
 * comes back as it is; nothing reaches the store until the caller applies the result.
 */
import type { ParseResult } from '../domain/format/parseDesign.ts';
import type { ParseText } from '../store/openDesignUrl.ts';
import { parseInWorker } from './parseInWorker.ts';
import { prepareView } from './prepareView.ts';

export function parserForView(parse: ParseText = parseInWorker): (text: string) => Promise<ParseResult> {
  return async (text: string): Promise<ParseResult> => {
    const result = await parse(text);
    if (result.ok) await prepareView(result.design);
    return result;
  };
}

export const parseForView = parserForView();
