/**
 * What people leave out or spell loosely when they write a design by hand (DOMAIN.md section 5):
 * a node without a name is named after its id, a rack without `rackKind` is a GPU rack when it holds
 * servers and a network rack otherwise, and fiber grades are read in any case (`os2` is OS2).
 * Works on the raw document before schema validation; the design is written back in canonical form.
 */
import { FIBER_GRADES } from '../catalog/types.ts';

const GRADE_BY_LOWER = new Map<string, string>(FIBER_GRADES.map((g) => [g.toLowerCase(), g]));

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function grade(value: unknown): unknown {
  return typeof value === 'string' ? (GRADE_BY_LOWER.get(value.toLowerCase()) ?? value) : value;
}

function completeNode(node: unknown): unknown {
  if (!isRecord(node)) return node;
  const out = { ...node };
  if (out.name === undefined && typeof out.id === 'string') out.name = out.id;
  if (out.kind === 'rack' && out.rackKind === undefined) out.rackKind = out.contents === undefined ? 'network' : 'gpu';
  return out;
}

function completeLink(link: unknown): unknown {
  return isRecord(link) && link.fiber !== undefined ? { ...link, fiber: grade(link.fiber) } : link;
}

export function completeHandWritten(doc: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...doc };
  if (out.name === undefined && Array.isArray(out.nodes)) out.name = 'Untitled fabric';
  if (Array.isArray(out.nodes)) out.nodes = out.nodes.map(completeNode);
  if (Array.isArray(out.links)) out.links = out.links.map(completeLink);
  if (isRecord(out.settings)) {
    const settings = { ...out.settings };
    for (const key of ['defaultSmf', 'defaultMmf']) if (settings[key] !== undefined) settings[key] = grade(settings[key]);
    out.settings = settings;
  }
  return out;
}
