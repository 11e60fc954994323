/**
 * The design file named in the address (`?design=examples/NAME.fabric.json`) starts downloading and
 * being read in the worker as the page's first act, while the app's own code is still loading and
 * evaluating; opening it later (openStartDesign) takes that read instead of starting another.
 * Anything else the address asks for is checked and opened as before.
 */
import type { ParseResult } from '../domain/format/parseDesign.ts';
import { exampleAddress } from './designAddress.ts';
import type { ReadUrl } from '../store/openDesignUrl.ts';
import type { DesignReader } from './parseInWorker.ts';

export function earlyReads(location: Pick<Location, 'search' | 'origin'>, baseUrl: string, reader: Pick<DesignReader, 'readUrl'>): ReadUrl {
  const started = new Map<string, Promise<ParseResult>>();
  const requested = new URLSearchParams(location.search).get('design');
  const target = requested === null ? null : exampleAddress(requested, baseUrl, location.origin);
  if (target?.ok) started.set(target.url, reader.readUrl(target.url));
  return (url) => {
    const read = started.get(url);
    started.delete(url);
    return read ?? reader.readUrl(url);
  };
}
