import { describe, expect, it } from 'vitest';
import { exampleAddress } from './designAddress.ts';

const ORIGIN = 'http://localhost:4173';

describe('exampleAddress', () => {
  it.each([
    ['examples/faults.fabric.json', '/', '/examples/faults.fabric.json'],
    ['/examples/faults.fabric.json', '/', '/examples/faults.fabric.json'],
    [`${ORIGIN}/examples/dgx-h100-su.fabric.json`, '/', '/examples/dgx-h100-su.fabric.json'],
    ['examples/faults.fabric.json', '/fd/', '/fd/examples/faults.fabric.json'],
  ])('opens %s (base %s) as %s', (requested, base, url) => {
    expect(exampleAddress(requested, base, ORIGIN)).toEqual({ ok: true, url });
  });

  it.each([
    ['https://evil.example/examples/x.fabric.json', /is on another site/],
    ['//evil.example/examples/x.fabric.json', /is on another site/],
    ['javascript:alert(1)', /is on another site/],
    ['examples/../secrets.fabric.json', /is not under examples\//],
    ['examples/%2e%2e/secrets.fabric.json', /is not under examples\//],
    ['/assets/index.js', /is not under examples\//],
    ['examples/sub/x.fabric.json', /not a \.fabric\.json file directly under examples/],
    ['examples/x.json', /not a \.fabric\.json file/],
    ['examples/%3Cb%3E.fabric.json', /not a \.fabric\.json file/],
  ])('refuses %s', (requested, why) => {
    const result = exampleAddress(requested, '/', ORIGIN);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(why);
    expect(result.ok ? '' : result.message).toMatch(/can only open a file under examples\/ on this site/);
  });
});
