/** Rack kinds in the order the editor offers them, with the names the UI, BOM and report use. */
import type { RackKind } from './design.ts';

export const RACK_KINDS: readonly RackKind[] = ['gpu', 'network', 'management'];

const NAMES: Readonly<Record<RackKind, string>> = { gpu: 'GPU rack', network: 'Network rack', management: 'Management rack' };

export function rackKindName(kind: RackKind): string {
  return NAMES[kind];
}
