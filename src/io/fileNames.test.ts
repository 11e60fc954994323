import { describe, expect, it } from 'vitest';
import { csvFileName, designFileName, slugOf } from './fileNames.ts';

describe('file names', () => {
  it.each([
    ['Two-building LR4 campus', 'two-building-lr4-campus'],
    ['  Café  Zürich / Hall #2 ', 'cafe-zurich-hall-2'],
    ['<img src=x onerror=alert(1)>', 'img-src-x-onerror-alert-1'],
    ['../../etc/passwd', 'etc-passwd'],
    ['', 'design'],
    ['—', 'design'],
  ])('slugs %j as %j', (name, slug) => expect(slugOf(name)).toBe(slug));

  it('keeps slugs short and without a trailing dash', () => {
    const slug = slugOf(`${'a'.repeat(79)} b`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('names the design file and the two CSVs', () => {
    expect(designFileName('DGX SU')).toBe('dgx-su.fabric.json');
    expect(csvFileName('DGX SU', 'bom')).toBe('dgx-su.bom.csv');
    expect(csvFileName('DGX SU', 'cutsheet')).toBe('dgx-su.cutsheet.csv');
    expect(csvFileName('DGX SU', 'cords')).toBe('dgx-su.cords.csv');
    expect(csvFileName('DGX SU', 'trunks')).toBe('dgx-su.trunks.csv');
  });
});
