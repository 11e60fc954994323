/** A finding's identity across edits (code and the ids it is about), for React keys and selection. */
import type { Finding } from '../../domain/engine/findings.ts';

export function findingKey(f: Finding): string {
  const parts: string[] = [f.code];
  if ('linkId' in f) parts.push(f.linkId);
  if ('nodeId' in f) parts.push(f.nodeId);
  if ('end' in f) parts.push(f.end ?? 'ends');
  if ('module' in f && f.module) parts.push(f.module);
  if ('portGroup' in f) parts.push(f.portGroup);
  return parts.join(':');
}

/** Findings with their keys; a repeated key (not expected from the engine) gets a suffix so keys stay unique. */
export function keyedFindings<F extends Finding>(findings: readonly F[]): { key: string; finding: F }[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const key = findingKey(finding);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return { key: n ? `${key}#${n}` : key, finding };
  });
}
