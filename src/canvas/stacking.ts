import type { NodeKind } from '../domain/model/design.ts';

/**
 * Stacking order (React Flow's manual z-index mode): runs pass over buildings and halls but under
 * racks, so a run entering a rack slips under the rack's title instead of striking through it.
 */
export const NODE_Z: Record<NodeKind, number> = { building: 0, hall: 1, rack: 3, switch: 4 };
export const EDGE_Z = 2;
