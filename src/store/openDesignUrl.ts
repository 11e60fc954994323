/** Fetches a design file, parses it and hands the result (or the reasons it failed) to the store. */
import { parseDesign, type ParseResult } from '../domain/format/parseDesign.ts';
import type { DesignStore } from './designStore.ts';

/** Reads a file's text as a design; the page passes one that works off its thread (io/parseForView.ts). */
export type ParseText = (text: string) => ParseResult | Promise<ParseResult>;

/** Downloads and reads a design file; the page passes one that does both in a worker (io/parseForView.ts). */
export type ReadUrl = (url: string) => Promise<ParseResult>;

export const fetchAndParse: ReadUrl = (url) => fetchDesign(url);

export async function openDesignUrl(store: DesignStore, url: string, read: ReadUrl = fetchAndParse): Promise<void> {
  const source = url.split('/').pop() ?? url;
  const parsed = await read(url);
  if (parsed.ok) store.getState().loadDesign(parsed.design);
  else store.getState().failLoad({ source, problems: parsed.problems });
}

/** Downloads and parses a design file; a failed download is one more problem, never a throw. */
export async function fetchDesign(url: string, fetchFile: typeof fetch = fetch, parse: ParseText = parseDesign): Promise<ParseResult> {
  let text: string;
  try {
    const response = await fetchFile(url);
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
    // single-page hosts answer a missing file with the app's own index.html
    if (response.headers.get('content-type')?.includes('text/html')) throw new Error('there is no such file (the server sent a web page)');
    text = await response.text();
  } catch (err) {
    return { ok: false, problems: [{ path: '$', message: `Could not download it: ${messageOf(err)}` }] };
  }
  return parse(text);
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
