import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parseDesign } from '../domain/format/parseDesign.ts';
import { encodeShareFragment } from '../domain/format/shareLink.ts';
import { createDesignStore } from '../store/designStore.ts';
import { fetchDesign } from '../store/openDesignUrl.ts';
import { importNoticesOf } from './importNotice.ts';
import { openStartDesign } from './openStartDesign.ts';

const faultsText = readFileSync(new URL('../../public/examples/faults.fabric.json', import.meta.url), 'utf8');
const faults = parseDesign(faultsText);
if (!faults.ok) throw new Error('the faults example must parse');

function page(address: string) {
  const url = new URL(address, 'http://localhost:4173');
  const replaceState = vi.fn();
  return { page: { location: { hash: url.hash, search: url.search, origin: url.origin, pathname: url.pathname }, history: { replaceState } }, replaceState };
}

const serve = vi.fn(async (url: RequestInfo | URL) =>
  String(url) === '/examples/faults.fabric.json' ? new Response(faultsText, { headers: { 'content-type': 'application/json' } }) : new Response('', { status: 404 }),
);

describe('openStartDesign', () => {
  it('opens the design of a share link and drops the fragment from the address', async () => {
    const encoded = await encodeShareFragment(faults.design);
    if (!encoded.ok) throw new Error(encoded.reason);
    const store = createDesignStore();
    const { page: p, replaceState } = page(`/?x=1#${encoded.fragment}`);
    const openDefault = vi.fn(async () => {});
    await openStartDesign(store, p, openDefault);
    expect(store.getState().design?.name).toBe(faults.design.name);
    expect(openDefault).not.toHaveBeenCalled();
    expect(replaceState).toHaveBeenCalledWith(null, '', '/?x=1');
  });

  it('reports a damaged link and opens the default design behind the message', async () => {
    const store = createDesignStore();
    const openDefault = vi.fn(async () => {});
    await openStartDesign(store, page('/#design=AAAA').page, openDefault);
    expect(openDefault).toHaveBeenCalled();
    expect(importNoticesOf(store).getState().notice).toMatchObject({ kind: 'refused', source: 'the shared link' });
  });

  it('opens a bundled example named by ?design=', async () => {
    const store = createDesignStore();
    await openStartDesign(store, page('/?design=examples/faults.fabric.json').page, async () => {}, '/', (url) => fetchDesign(url, serve));
    expect(store.getState().design?.name).toBe(faults.design.name);
  });

  it.each([
    ['/?design=https://evil.example/x.fabric.json', /is on another site/],
    ['/?design=examples/missing.fabric.json', /Could not download it: the server answered 404/],
  ])('refuses %s with a message and opens the default', async (address, message) => {
    const store = createDesignStore();
    const openDefault = vi.fn(async () => {});
    await openStartDesign(store, page(address).page, openDefault, '/', (url) => fetchDesign(url, serve));
    expect(openDefault).toHaveBeenCalled();
    const notice = importNoticesOf(store).getState().notice;
    expect(notice?.kind === 'refused' && notice.problems[0]?.message).toMatch(message);
  });

  it('opens the default when the address names no design', async () => {
    const openDefault = vi.fn(async () => {});
    await openStartDesign(createDesignStore(), page('/?example=faults').page, openDefault);
    expect(openDefault).toHaveBeenCalled();
  });

  it.each(['nope', '../../index', '<img src=x>', 'toString'])('refuses ?example=%s, says which examples there are, drops it from the address and opens the default', async (name) => {
    const store = createDesignStore();
    const openDefault = vi.fn(async () => {});
    const { page: p, replaceState } = page(`/?example=${encodeURIComponent(name)}&x=1`);
    await openStartDesign(store, p, openDefault);
    expect(openDefault).toHaveBeenCalled();
    const notice = importNoticesOf(store).getState().notice;
    expect(notice).toMatchObject({ kind: 'refused', source: `example "${name}"` });
    expect(notice?.kind === 'refused' && notice.problems[0]).toEqual({
      path: '?example',
      message: `there is no example named "${name}"; the examples are two-building-lr4, dgx-h100-su, faults`,
    });
    expect(replaceState).toHaveBeenCalledWith(null, '', '/?x=1');
  });
});
