/** Which container each kind may sit in (DOMAIN.md section 1): the one rule for files and the editor. */
import type { DesignNode, NodeKind } from './design.ts';

export const ALLOWED_PARENTS: Readonly<Record<NodeKind, readonly NodeKind[]>> = {
  building: [],
  hall: ['building'],
  rack: ['hall'],
  switch: ['hall', 'rack'],
};

/** Why `child` cannot go into `parent` (null for the campus), or null when it can. */
export function nestingRefusal(child: NodeKind, parent: DesignNode | null): string | null {
  const allowed = ALLOWED_PARENTS[child];
  if (parent === null) return allowed.length === 0 ? null : `a ${child} must sit in a ${allowed.join(' or ')}`;
  if (allowed.includes(parent.kind)) return null;
  return allowed.length === 0 ? `a ${child} stands on the campus, not in a ${parent.kind}` : `a ${child} cannot sit in a ${parent.kind} (only in a ${allowed.join(' or ')})`;
}
