import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, exampleUrl } from './examples.ts';

describe('EXAMPLES', () => {
  it('lists every example shipped in public/examples, and nothing else', () => {
    const files = readdirSync(new URL('../../public/examples/', import.meta.url)).filter((f) => f.endsWith('.fabric.json'));
    expect(EXAMPLES.map((e) => `${e.id}.fabric.json`).sort()).toEqual(files.sort());
  });

  it('addresses an example under the app base', () => {
    expect(exampleUrl('/', 'faults')).toBe('/examples/faults.fabric.json');
    expect(exampleUrl('/app', 'faults')).toBe('/app/examples/faults.fabric.json');
  });
});
