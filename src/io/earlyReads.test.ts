import { describe, expect, it, vi } from 'vitest';
import type { ParseResult } from '../domain/format/parseDesign.ts';
import { earlyReads } from './earlyReads.ts';

const refused = (url: string): ParseResult => ({ ok: false, problems: [{ path: '$', message: url }] });

describe('earlyReads', () => {
  it('starts reading the file the address names at once, and the first open of it takes that read', async () => {
    const readUrl = vi.fn(async (url: string) => refused(url));
    const read = earlyReads({ search: '?design=examples/big.fabric.json', origin: 'http://localhost' }, '/', { readUrl });
    expect(readUrl.mock.calls).toEqual([['/examples/big.fabric.json']]);
    expect(await read('/examples/big.fabric.json')).toEqual(refused('/examples/big.fabric.json'));
    expect(readUrl).toHaveBeenCalledTimes(1);
    // a later open of the same file reads it again
    await read('/examples/big.fabric.json');
    expect(readUrl).toHaveBeenCalledTimes(2);
  });

  it.each(['', '?example=faults', '?design=https://evil.example/x.fabric.json'])('reads nothing early for %j', async (search) => {
    const readUrl = vi.fn(async (url: string) => refused(url));
    const read = earlyReads({ search, origin: 'http://localhost' }, '/', { readUrl });
    expect(readUrl).not.toHaveBeenCalled();
    await read('/examples/faults.fabric.json');
    expect(readUrl.mock.calls).toEqual([['/examples/faults.fabric.json']]);
  });
});
