/** A shipped example read from public/examples, for unit tests that want a real design. */
import { readFileSync } from 'node:fs';
import { parseDesign } from '../../../domain/format/parseDesign.ts';
import type { Design } from '../../../domain/model/design.ts';

export function exampleDesign(name: string): Design {
  const parsed = parseDesign(readFileSync(new URL(`../../../../public/examples/${name}.fabric.json`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.design;
}
