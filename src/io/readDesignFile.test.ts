import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileSizeProblem, MAX_FILE_BYTES } from '../domain/format/fileSize.ts';
import { readDesignFile } from './readDesignFile.ts';

const example = readFileSync(new URL('../../public/examples/faults.fabric.json', import.meta.url), 'utf8');

describe('readDesignFile', () => {
  it('accepts a file at the limit and refuses one byte more', () => {
    expect(fileSizeProblem(MAX_FILE_BYTES)).toBeNull();
    expect(fileSizeProblem(MAX_FILE_BYTES + 1)).toEqual({ path: '$', message: 'file is 25.0 MB; the limit is 25 MB' });
  });

  it('refuses an oversized file without reading it', async () => {
    const huge = { size: MAX_FILE_BYTES * 2, text: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    const result = await readDesignFile(huge);
    expect(result.ok ? [] : result.problems[0]?.message).toMatch(/file is 50.0 MB; the limit is 25 MB/);
  });

  it('parses a design file', async () => {
    const result = await readDesignFile(new Blob([example]));
    expect(result.ok && result.design.name).toBe('Deliberate faults (one of each finding)');
  });
});
