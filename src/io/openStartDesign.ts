/**
 * The design a page opens with: the one packed in a share link (`#design=`), else a bundled file
 * named by `?design=examples/NAME.fabric.json`, else the default. A bad link or file is reported
 * and the default opens behind the message; so does `?example=` naming no bundled example, which
 * then leaves the address (a reload must not repeat the message).
 */
import { decodeShareFragment, SHARE_PREFIX } from '../domain/format/shareLink.ts';
import type { ParseResult } from '../domain/format/parseDesign.ts';
import type { DesignStore } from '../store/designStore.ts';
import { fetchAndParse, type ReadUrl } from '../store/openDesignUrl.ts';
import { EXAMPLES, isExampleId } from '../persist/examples.ts';
import { exampleAddress } from './designAddress.ts';
import { applyParseResult } from './importNotice.ts';

export interface StartPage {
  readonly location: Pick<Location, 'hash' | 'search' | 'origin' | 'pathname'>;
  readonly history: Pick<History, 'replaceState'>;
}

export const SHARED_LINK_SOURCE = 'the shared link';

export async function openStartDesign(
  store: DesignStore,
  page: StartPage,
  openDefault: () => Promise<void>,
  baseUrl = '/',
  readUrl: ReadUrl = fetchAndParse,
): Promise<void> {
  const { hash, search, origin } = page.location;
  const example = new URLSearchParams(search).get('example');
  if (example !== null && !isExampleId(example)) refuseExample(store, page, example);
  if (isShareHash(hash)) {
    if (await openSharedLink(store, page, true)) return;
  } else {
    const requested = new URLSearchParams(search).get('design');
    if (requested !== null) {
      const target = exampleAddress(requested, baseUrl, origin);
      const result: ParseResult = target.ok ? await readUrl(target.url) : { ok: false, problems: [{ path: '?design', message: target.message }] };
      if (applyParseResult(store, requested, result, true)) return;
    }
  }
  await openDefault();
}

export const isShareHash = (hash: string) => hash.startsWith(`#${SHARE_PREFIX}`);

/**
 * Opens the design in the address's fragment, then drops the fragment so that a reload shows the
 * design as edited since (autosave), not the link's original.
 */
export async function openSharedLink(store: DesignStore, page: StartPage, fresh: boolean): Promise<boolean> {
  const opened = applyParseResult(store, SHARED_LINK_SOURCE, await decodeShareFragment(page.location.hash), fresh);
  page.history.replaceState(null, '', `${page.location.pathname}${page.location.search}`);
  return opened;
}

function refuseExample(store: DesignStore, page: StartPage, name: string): void {
  const shown = name.slice(0, 80);
  const message = `there is no example named "${shown}"; the examples are ${EXAMPLES.map((e) => e.id).join(', ')}`;
  applyParseResult(store, `example "${shown}"`, { ok: false, problems: [{ path: '?example', message }] }, true);
  const params = new URLSearchParams(page.location.search);
  params.delete('example');
  const query = params.toString();
  page.history.replaceState(null, '', `${page.location.pathname}${query ? `?${query}` : ''}${page.location.hash}`);
}
