import { describe, expect, it } from 'vitest';
import { shareUrl } from './shareUrl.ts';

describe('shareUrl', () => {
  it('puts the fragment on this page and drops parameters that choose another design', () => {
    const location = { origin: 'https://fd.example', pathname: '/app/', search: '?example=faults&design=examples/x.fabric.json&lang=en' };
    expect(shareUrl(location, 'design=abc')).toBe('https://fd.example/app/?lang=en#design=abc');
    expect(shareUrl({ ...location, search: '' }, 'design=abc')).toBe('https://fd.example/app/#design=abc');
  });
});
