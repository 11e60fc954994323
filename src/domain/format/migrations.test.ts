import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION } from './designSchema.ts';
import { MIGRATIONS, migrate } from './migrations.ts';

describe('migrations', () => {
  it('form one unbroken chain from version 0 to the current version', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual([...Array(CURRENT_VERSION).keys()]);
  });

  it('never change their input', () => {
    const doc = { format: 'fabric-designer', version: 0, nodes: [{ id: 'a', position: { x: 1, y: 2 } }] };
    const before = JSON.stringify(doc);
    const out = migrate(doc, 0);
    expect(JSON.stringify(doc)).toBe(before);
    expect(out).toEqual({ format: 'fabric-designer', version: 1, nodes: [{ id: 'a' }], layout: { a: { x: 1, y: 2 } } });
  });
});
